/**
 * The one labelled text field of the calculators: label, `type="text"` input, optional hint,
 * error and warning, wired for screen readers. The hint, error and warning paragraphs get the ids
 * `<id>-hint`, `<id>-error` and `<id>-warning` and are announced with the field
 * (aria-describedby); only an error marks the field invalid (aria-invalid).
 *
 * The input is `type="text"` on purpose, also for numbers: a number input would swallow „12,5“ in
 * some browsers and hide what was typed. The value is whatever the user typed; parsing happens in
 * the caller or in `DraftField`.
 *
 * Each calculator family keeps its own markup conventions (classes, hint position, …); they are
 * bundled in a `FieldLook` that the family defines once next to its CSS and spreads into the field
 * (`<Field {...PZ_FIELD} … />`). No `style` props: the CSP forbids inline styles.
 */
import type { JSX } from 'preact';
import { describedBy, fieldIds } from './field-aria';

/** The markup conventions of one calculator family. */
export interface FieldLook {
	/** Class(es) of the wrapping `<div>`, e.g. `pz-field`. */
	fieldClass: string;
	/** Class of the hint paragraph. */
	hintClass: string;
	/** Class of the warning paragraph (only needed where warnings are shown). */
	warningClass?: string | undefined;
	/** `before`: the hint stands between label and input; `after` (default): below the input. */
	hintPlacement?: 'before' | 'after' | undefined;
	/** When set, the input and its `suffix` sit in a `<span>` with this class. */
	rowClass?: string | undefined;
	/** Write `aria-invalid="false"` on a valid field instead of leaving the attribute out. */
	markValid?: boolean | undefined;
	/** Set `autocomplete="off"`: the values are numbers and the like, not personal data. */
	noAutocomplete?: boolean | undefined;
	/** Set `spellcheck="false"`. */
	noSpellcheck?: boolean | undefined;
	/** Default `maxlength` (e.g. stored settings accept only short texts). */
	maxLength?: number | undefined;
}

export interface FieldProps extends FieldLook {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	hint?: string | undefined;
	error?: string | undefined;
	/** A problem that does not stop the calculation (e.g. a wage below the minimum wage). */
	warning?: string | undefined;
	inputMode?: 'decimal' | 'numeric' | 'text' | undefined;
	/** A unit written after the input, hidden from screen readers (the label names the unit). */
	suffix?: string | undefined;
}

export function Field({
	id,
	label,
	value,
	onInput,
	hint,
	error,
	warning,
	inputMode = 'text',
	suffix,
	fieldClass,
	hintClass,
	warningClass,
	hintPlacement = 'after',
	rowClass,
	markValid = false,
	noAutocomplete = false,
	noSpellcheck = false,
	maxLength,
}: FieldProps): JSX.Element {
	const ids = fieldIds(id);
	const hintText = hint ? (
		<p id={ids.hint} class={hintClass}>
			{hint}
		</p>
	) : null;
	const input = (
		<input
			id={id}
			type="text"
			inputMode={inputMode}
			autocomplete={noAutocomplete ? 'off' : undefined}
			spellcheck={noSpellcheck ? false : undefined}
			maxLength={maxLength}
			value={value}
			aria-invalid={error ? 'true' : markValid ? 'false' : undefined}
			aria-describedby={describedBy(id, { hint, error, warning })}
			onInput={(e) => onInput(e.currentTarget.value)}
		/>
	);
	const suffixText = suffix ? <span aria-hidden="true">{suffix}</span> : null;
	return (
		<div class={fieldClass}>
			<label for={id}>{label}</label>
			{hintPlacement === 'before' && hintText}
			{rowClass ? (
				<span class={rowClass}>
					{input}
					{suffixText}
				</span>
			) : (
				<>
					{input}
					{suffixText}
				</>
			)}
			{hintPlacement === 'after' && hintText}
			{error && (
				<p id={ids.error} class="field-error">
					{error}
				</p>
			)}
			{warning && (
				<p id={ids.warning} class={warningClass}>
					{warning}
				</p>
			)}
		</div>
	);
}
