/**
 * A labelled text input with hint and error, wired for screen readers (aria-describedby,
 * aria-invalid). The value is whatever the user typed; parsing happens elsewhere.
 */
import type { JSX } from 'preact';

interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	hint?: string | undefined;
	error?: string | undefined;
	type?: 'text' | 'time';
	inputMode?: 'decimal' | 'numeric' | 'text';
	class?: string;
}

export function Field({
	id,
	label,
	value,
	onInput,
	hint,
	error,
	type = 'text',
	inputMode = 'text',
	class: className,
}: Props): JSX.Element {
	const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
	return (
		<div class={`pz-field ${className ?? ''}`}>
			<label for={id}>{label}</label>
			<input
				id={id}
				type={type}
				inputMode={inputMode}
				value={value}
				aria-invalid={error ? 'true' : 'false'}
				aria-describedby={describedBy || undefined}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{hint && (
				<p id={`${id}-hint`} class="pz-hint">
					{hint}
				</p>
			)}
			{error && (
				<p id={`${id}-error`} class="field-error">
					{error}
				</p>
			)}
		</div>
	);
}
