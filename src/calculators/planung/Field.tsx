/**
 * A labelled text field of the planning calculators, mostly for numbers. It is `type="text"` on
 * purpose: a number input would swallow „12,5“ in some browsers and hide what was typed. The
 * error and an optional warning sit next to the field and are announced with it
 * (aria-describedby); only an error marks the field invalid.
 */
import type { JSX } from 'preact';

interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	hint?: string | undefined;
	error?: string | undefined;
	/** A problem that does not stop the calculation (e.g. a wage below the minimum wage). */
	warning?: string | undefined;
	inputMode?: 'decimal' | 'numeric' | 'text';
	/** Stored settings accept only short texts; the limit keeps a reload from discarding them. */
	maxLength?: number;
}

export function Field({
	id,
	label,
	value,
	onInput,
	hint,
	error,
	warning,
	inputMode = 'decimal',
	maxLength = 40,
}: Props): JSX.Element {
	const describedBy = [hint && `${id}-hint`, error && `${id}-error`, warning && `${id}-warning`]
		.filter(Boolean)
		.join(' ');
	return (
		<div class="pl-field">
			<label for={id}>{label}</label>
			<input
				id={id}
				type="text"
				inputMode={inputMode}
				autoComplete="off"
				spellcheck={false}
				maxLength={maxLength}
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy || undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{hint && (
				<p id={`${id}-hint`} class="pl-hint">
					{hint}
				</p>
			)}
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
			{warning && (
				<p id={`${id}-warning`} class="pl-warning">
					{warning}
				</p>
			)}
		</div>
	);
}
