/**
 * Input of an ordering question: a numbered list with „Nach oben“/„Nach unten“ buttons per item,
 * so the order can be built by keyboard and screen reader alone (no drag and drop). Each move is
 * announced; the moved item keeps focus because its row is keyed. Once answered, the list shows
 * the learner's order with a mark per position.
 */
import type { QuizLabels } from './QuizIsland';
import { partResults, type OrderingQuestion, type QuizQuestion, type StoredAnswer } from './quiz';
import { moveItem, type Draft } from './quiz-draft';
import { fillTemplate } from '../../lib/template';

interface Props {
	id: string;
	question: QuizQuestion;
	answer: StoredAnswer | undefined;
	labels: QuizLabels;
	order: number[];
	onDraft: (draft: Draft) => void;
	announce: (text: string) => void;
}

export default function OrderingField(props: Props) {
	const q = props.question as OrderingQuestion;
	const { answer, labels } = props;
	if (answer && 'order' in answer) {
		const results = partResults(q, answer);
		return (
			<ol class="quiz-reihe" aria-label={labels.yourAnswer}>
				{answer.order.map((item, position) => (
					<li key={item} class={results[position] ? 'option-richtig' : 'option-falsch'}>
						<span class="reihe-position" aria-hidden="true">
							{position + 1}.
						</span>
						<span class="reihe-text">{q.items[item]}</span>
						<span class="option-markierung">
							<span aria-hidden="true">{results[position] ? '✓' : '✗'}</span> (
							{results[position] ? labels.markRight : labels.markWrong})
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
			props.announce(fillTemplate(step < 0 ? labels.atTop : labels.atBottom, { item }));
			return;
		}
		props.onDraft({ kind: 'ordering', order: moveItem(props.order, position, step) });
		props.announce(fillTemplate(labels.moved, { item, position: target + 1, total: props.order.length }));
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
								aria-label={`${labels.moveUp}: „${text}“`}
								aria-disabled={position === 0 ? 'true' : undefined}
								onClick={() => move(position, -1)}
							>
								<span aria-hidden="true">↑</span> {labels.moveUp}
							</button>
							<button
								type="button"
								aria-label={`${labels.moveDown}: „${text}“`}
								aria-disabled={position === last ? 'true' : undefined}
								onClick={() => move(position, 1)}
							>
								<span aria-hidden="true">↓</span> {labels.moveDown}
							</button>
						</span>
					</li>
				);
			})}
		</ol>
	);
}
