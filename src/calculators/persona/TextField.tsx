/** A labelled text input or textarea with an optional hint and error, wired for screen readers. */
interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	hint?: string | undefined;
	error?: string | undefined;
	multiline?: boolean;
}

export function TextField({ id, label, value, onInput, hint, error, multiline = false }: Props) {
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = error ? `${id}-error` : undefined;
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
	const common = {
		id,
		value,
		'aria-describedby': describedBy,
		'aria-invalid': error ? ('true' as const) : undefined,
		onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
	};
	return (
		<div class="pb-field">
			<label for={id}>{label}</label>
			{hint && (
				<p class="pb-hint" id={hintId}>
					{hint}
				</p>
			)}
			{multiline ? <textarea {...common} rows={3} /> : <input {...common} type="text" autocomplete="off" />}
			{error && (
				<p class="field-error" id={errorId}>
					{error}
				</p>
			)}
		</div>
	);
}
