/**
 * Input of an ordering question: a numbered list with „Nach oben“/„Nach unten“ buttons per item,
 * so the order can be built by keyboard and screen reader alone (no drag and drop). Each move is
 * announced; the moved item keeps focus because its row is keyed. Once answered, the list shows
 * the learner's order with a mark per position.
 */
import type { QuizStrings } from './QuizIsland';
import { partResults, type OrderingQuestion, type QuizQuestion, type StoredAnswer } from './quiz';
import { moveItem, type Draft } from './quiz-draft';
import { fillTemplate } from '../../lib/template';

interface Props {
	id: string;
	question: QuizQuestion;
	answer: StoredAnswer | undefined;
	t: QuizStrings;
	order: number[];
	onDraft: (draft: Draft) => void;
	announce: (text: string) => void;
}

export default function OrderingField(props: Props) {
	const q = props.question as OrderingQuestion;
	const { answer, t } = props;
	if (answer && 'order' in answer) {
		const results = partResults(q, answer);
		return (
			<ol class="quiz-reihe" aria-label={t.yourAnswer}>
				{answer.order.map((item, position) => (
					<li key={item} class={results[position] ? 'option-richtig' : 'option-falsch'}>
						<span class="reihe-position" aria-hidden="true">
							{position + 1}.
						</span>
						<span class="reihe-text">{q.items[item]}</span>
						<span class="option-markierung">
							<span aria-hidden="true">{results[position] ? '✓' : '✗'}</span> (
							{results[position] ? t.markRight : t.markWrong})
						</span>
					</li>
				))}
			</ol>
		);
	}

	function move(position: number, step: -1 | 1): void {
		const item = q.items[props.order[position] ?? 0] ?? '';
		const target = position + step;
		if (target < 0 || target >= props.order.length) {
			props.announce(fillTemplate(step < 0 ? t.atTop : t.atBottom, { item }));
			return;
		}
		props.onDraft({ kind: 'ordering', order: moveItem(props.order, position, step) });
		props.announce(fillTemplate(t.moved, { item, position: target + 1, total: props.order.length }));
	}

	const last = props.order.length - 1;
	return (
		<ol class="quiz-reihe">
			{props.order.map((item, position) => {
				const text = q.items[item] ?? '';
				return (
					<li key={item}>
						{/* The list already numbers its items for screen readers; this is the visible number. */}
						<span class="reihe-position" aria-hidden="true">
							{position + 1}.
						</span>
						<span class="reihe-text">{text}</span>
						<span class="reihe-knoepfe">
							{/* The name starts with the visible text (WCAG 2.5.3) and says which item moves. */}
							<button
								type="button"
								aria-label={`${t.moveUp}: „${text}“`}
								aria-disabled={position === 0 ? 'true' : undefined}
								onClick={() => move(position, -1)}
							>
								<span aria-hidden="true">↑</span> {t.moveUp}
							</button>
							<button
								type="button"
								aria-label={`${t.moveDown}: „${text}“`}
								aria-disabled={position === last ? 'true' : undefined}
								onClick={() => move(position, 1)}
							>
								<span aria-hidden="true">↓</span> {t.moveDown}
							</button>
						</span>
					</li>
				);
			})}
		</ol>
	);
}
