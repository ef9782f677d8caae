/**
 * Input of a numeric question: a text field (not `type=number`, which rejects the decimal comma
 * in some browsers and loses what was typed), the unit after it, a format hint and the German
 * message for bad input right below. Enter submits, as in a form.
 */
import type { QuizStrings } from './QuizIsland';
import type { NumericQuestion, QuizQuestion, StoredAnswer } from './quiz';
import type { Draft } from './quiz-draft';
import { formatWithUnit } from './quiz-text';

interface Props {
	id: string;
	question: QuizQuestion;
	answer: StoredAnswer | undefined;
	t: QuizStrings;
	errorId: string | undefined;
	error: string | undefined;
	text: string;
	onDraft: (draft: Draft) => void;
	onSubmit: () => void;
}

export default function NumericField(props: Props) {
	const q = props.question as NumericQuestion;
	const { answer, t } = props;
	const inputId = `${props.id}-zahl`;
	const hintId = `${props.id}-format`;
	const unitId = `${props.id}-einheit`;
	const describedBy = [q.unit ? unitId : '', hintId, props.errorId ?? ''].filter(Boolean).join(' ');
	if (answer && 'value' in answer) {
		return (
			<p class="quiz-zahl-antwort">
				{t.yourAnswer} <strong>{formatWithUnit(answer.value, q.unit)}</strong>
			</p>
		);
	}
	return (
		<div class="quiz-zahl">
			<label for={inputId}>{t.numericLabel}</label>
			<span class="quiz-zahl-feld">
				<input
					id={inputId}
					type="text"
					inputMode="decimal"
					autoComplete="off"
					spellcheck={false}
					value={props.text}
					aria-invalid={props.error ? 'true' : undefined}
					aria-describedby={describedBy}
					onInput={(e) => props.onDraft({ kind: 'numeric', text: e.currentTarget.value })}
					onKeyDown={(e) => {
						if (e.key === 'Enter') {
							e.preventDefault();
							props.onSubmit();
						}
					}}
				/>
				{q.unit && <span id={unitId}>{q.unit}</span>}
			</span>
			<span class="quiz-zahl-format" id={hintId}>
				{t.numericFormat}
			</span>
			{props.error && props.errorId && (
				<span class="field-error" id={props.errorId}>
					{props.error}
				</span>
			)}
		</div>
	);
}
