/** Options of a single- or multiple-choice question in the learner's order, lettered A, B, C … */
import type { QuizStrings } from './QuizIsland';
import type { ChoiceQuestion, QuizQuestion, StoredAnswer } from './quiz';
import { toggleOption, type Draft } from './quiz-draft';
import { optionLetter, optionOrder } from './quiz-order';

interface Props {
	id: string;
	question: QuizQuestion;
	seed: number | undefined;
	answer: StoredAnswer | undefined;
	t: QuizStrings;
	selected: number[];
	onDraft: (draft: Draft) => void;
}

function optionMark(correct: boolean, chosen: boolean, t: QuizStrings): { icon: string; text: string } | undefined {
	if (correct) return { icon: '✓', text: chosen ? `${t.markCorrect}, ${t.markChosen}` : t.markCorrect };
	if (chosen) return { icon: '✗', text: t.markChosenWrong };
	return undefined;
}

export default function ChoiceField(props: Props) {
	const q = props.question as ChoiceQuestion;
	const { answer, t } = props;
	const locked = answer !== undefined;
	const selected = answer && 'selected' in answer ? answer.selected : props.selected;
	return (
		<ul class="quiz-optionen" role="list">
			{optionOrder(q, props.seed).map((j, position) => {
				const o = q.options[j];
				if (!o) return null;
				const chosen = selected.includes(j);
				const mark = locked ? optionMark(o.correct, chosen, t) : undefined;
				return (
					<li key={j} class={mark ? (o.correct ? 'option-richtig' : 'option-falsch') : undefined}>
						<label>
							<input
								type={q.type === 'single' ? 'radio' : 'checkbox'}
								name={props.id}
								value={String(j)}
								checked={chosen}
								disabled={locked}
								onChange={(e) =>
									props.onDraft({
										kind: 'choice',
										selected: toggleOption(q, props.selected, j, e.currentTarget.checked),
									})
								}
							/>
							<span>
								<span class="option-buchstabe">{optionLetter(position)})</span> {o.text}
							</span>
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
	);
}
