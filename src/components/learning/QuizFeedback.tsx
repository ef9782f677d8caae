/** Feedback under an answered question: the verdict, the right answer of its kind and the explanation. */
import type { QuizStrings } from './QuizIsland';
import { correctIndices, partResults, type QuizQuestion, type StoredAnswer } from './quiz';
import { optionLetter, optionOrder } from './quiz-order';
import { numericSolutionText } from './quiz-text';
import { fillTemplate } from '../../lib/template';

interface Props {
	question: QuizQuestion;
	answer: StoredAnswer;
	right: boolean;
	seed: number | undefined;
	t: QuizStrings;
}

function Solution({ question: q, answer, seed, t }: Omit<Props, 'right'>) {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const order = optionOrder(q, seed);
			const correct = correctIndices(q);
			const shown = order.flatMap((i, position) => (correct.includes(i) ? [{ i, position }] : []));
			return (
				<div class="quiz-loesung">
					<p>{correct.length > 1 ? t.rightAnswers : t.rightAnswer}</p>
					<ul>
						{shown.map(({ i, position }) => (
							<li key={i}>
								{optionLetter(position)}) {q.options[i]?.text}
							</li>
						))}
					</ul>
				</div>
			);
		}
		case 'numeric':
			return <p class="quiz-loesung">{numericSolutionText(q, t)}</p>;
		case 'ordering':
		case 'matching': {
			const results = partResults(q, answer);
			return (
				<div class="quiz-loesung">
					<p>{fillTemplate(t.partsRight, { right: results.filter(Boolean).length, total: results.length })}</p>
					<p>{q.type === 'ordering' ? t.correctOrder : t.correctPairs}</p>
					{q.type === 'ordering' ? (
						<ol>
							{q.items.map((item) => (
								<li key={item}>{item}</li>
							))}
						</ol>
					) : (
						<ul>
							{q.pairs.map((p) => (
								<li key={p.left}>
									{p.left} – {p.right}
								</li>
							))}
						</ul>
					)}
				</div>
			);
		}
	}
}

export default function QuizFeedback(props: Props) {
	const { right, t } = props;
	return (
		<div class="quiz-feedback">
			<p class="quiz-urteil">
				<strong>{right ? t.correct : t.wrong}</strong>
			</p>
			{!right && <Solution {...props} />}
			<p>{props.question.explanation}</p>
		</div>
	);
}
