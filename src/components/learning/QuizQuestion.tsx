/** One quiz question: fieldset, options, „Antwort prüfen“ and, once answered, the feedback. */
import type { QuizLabels } from './QuizIsland';
import { correctIndices, fillTemplate, isCorrectSelection, type QuizQuestion, type StoredAnswer } from './quiz';

interface Props {
	id: string;
	number: number;
	total: number;
	question: QuizQuestion;
	/** The locked answer, if the question was answered. */
	answer: StoredAnswer | undefined;
	draft: number[];
	/** „Antwort prüfen“ was pressed without a choice. */
	missing: boolean;
	labels: QuizLabels;
	onChoose: (index: number, checked: boolean) => void;
	onSubmit: () => void;
}

function optionMark(correct: boolean, chosen: boolean, labels: QuizLabels): { icon: string; text: string } | undefined {
	if (correct) return { icon: '✓', text: chosen ? `${labels.markCorrect}, ${labels.markChosen}` : labels.markCorrect };
	if (chosen) return { icon: '✗', text: labels.markChosenWrong };
	return undefined;
}

export default function QuizQuestionView(props: Props) {
	const { id, question: q, answer, labels } = props;
	const locked = answer !== undefined;
	const selected = answer?.selected ?? props.draft;
	const right = locked && isCorrectSelection(q, answer.selected);
	const correct = correctIndices(q);
	const errorId = `${id}-fehler`;
	return (
		<fieldset
			class={`quiz-frage${locked ? (right ? ' ist-richtig' : ' ist-falsch') : ''}`}
			id={id}
			aria-describedby={props.missing ? errorId : undefined}
		>
			<legend>
				<span class="quiz-nummer">{fillTemplate(labels.questionOf, { n: props.number, total: props.total })}</span>
				<span class="quiz-text">{q.question}</span>
				<span class="quiz-hinweis">{q.type === 'single' ? labels.single : labels.multiple}</span>
			</legend>
			<ul class="quiz-optionen" role="list">
				{q.options.map((o, j) => {
					const chosen = selected.includes(j);
					const mark = locked ? optionMark(o.correct, chosen, labels) : undefined;
					return (
						<li key={j} class={mark ? (o.correct ? 'option-richtig' : 'option-falsch') : undefined}>
							<label>
								<input
									type={q.type === 'single' ? 'radio' : 'checkbox'}
									name={id}
									value={String(j)}
									checked={chosen}
									disabled={locked}
									onChange={(e) => props.onChoose(j, e.currentTarget.checked)}
								/>
								<span>{o.text}</span>
								{mark && (
									<span class="option-markierung">
										<span aria-hidden="true">{mark.icon}</span> ({mark.text})
									</span>
								)}
							</label>
						</li>
					);
				})}
			</ul>
			<p class="quiz-aktionen">
				<button
					type="button"
					class="button-primary"
					aria-disabled={locked ? 'true' : undefined}
					onClick={props.onSubmit}
				>
					{locked ? labels.locked : labels.check}
				</button>
				{props.missing && (
					<span class="field-error" id={errorId}>
						{labels.chooseFirst}
					</span>
				)}
			</p>
			{locked && (
				<div class="quiz-feedback">
					<p class="quiz-urteil">
						<strong>{right ? labels.correct : labels.wrong}</strong>
					</p>
					{!right && (
						<div class="quiz-loesung">
							<p>{correct.length > 1 ? labels.rightAnswers : labels.rightAnswer}</p>
							<ul>
								{correct.map((i) => (
									<li key={i}>{q.options[i]?.text}</li>
								))}
							</ul>
						</div>
					)}
					<p>{q.explanation}</p>
				</div>
			)}
		</fieldset>
	);
}
