/**
 * Input of a matching question: one labelled select per left item, offering every right partner
 * in a shuffled order. Native selects work with keyboard, screen readers and touch alike and fit
 * a 320 px screen. Once answered, each row shows its mark and, if wrong, the right partner.
 */
import type { QuizStrings } from './QuizIsland';
import { partResults, type MatchingQuestion, type QuizQuestion, type StoredAnswer } from './quiz';
import type { Draft } from './quiz-draft';
import { matchingChoiceOrder, matchingRowOrder } from './quiz-order';

interface Props {
	id: string;
	question: QuizQuestion;
	seed: number | undefined;
	answer: StoredAnswer | undefined;
	t: QuizStrings;
	matches: (number | null)[];
	onDraft: (draft: Draft) => void;
}

export default function MatchingField(props: Props) {
	const q = props.question as MatchingQuestion;
	const { answer, t } = props;
	const locked = answer !== undefined && 'matches' in answer;
	const chosen = locked ? answer.matches : props.matches;
	const results = locked ? partResults(q, answer) : [];
	const choices = matchingChoiceOrder(q, props.seed);
	return (
		<ul class="quiz-zuordnung" role="list">
			{matchingRowOrder(q, props.seed).map((left) => {
				const selectId = `${props.id}-links-${left}`;
				const value = chosen[left];
				const right = results[left];
				return (
					<li key={left} class={locked ? (right ? 'option-richtig' : 'option-falsch') : undefined}>
						<label for={selectId}>{q.pairs[left]?.left}</label>
						<select
							id={selectId}
							disabled={locked}
							value={value === null || value === undefined ? '' : String(value)}
							onChange={(e) => {
								const next = [...props.matches];
								const raw = e.currentTarget.value;
								next[left] = raw === '' ? null : Number(raw);
								props.onDraft({ kind: 'matching', matches: next });
							}}
						>
							<option value="">{t.choosePartner}</option>
							{choices.map((r) => (
								<option key={r} value={String(r)}>
									{q.pairs[r]?.right}
								</option>
							))}
						</select>
						{locked && (
							<span class="option-markierung">
								<span aria-hidden="true">{right ? '✓' : '✗'}</span> ({right ? t.markRight : t.markWrong})
							</span>
						)}
					</li>
				);
			})}
		</ul>
	);
}
