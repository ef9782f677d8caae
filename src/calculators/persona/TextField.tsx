/**
 * A labelled text input or textarea with an optional hint and error, wired for screen readers.
 * A text longer than `max` stays in the field with a message but is not saved (the store keeps
 * the last version within the limit), so a pasted novel can never make the stored personas
 * unreadable. The draft logic is the shared one of the calculators' number fields (useDraft).
 */
import { useDraft } from '../../components/forms/use-draft';

interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	/** Most characters saved. */
	max: number;
	/** The message for a text of `length` characters beyond `max`. */
	tooLong: (length: number) => string;
	hint?: string | undefined;
	error?: string | undefined;
	multiline?: boolean;
}

const same = (text: string): string => text;

export function TextField({ id, label, value, onInput, max, tooLong, hint, error, multiline = false }: Props) {
	const draft = useDraft({
		value,
		format: same,
		parse: (raw) => (raw.length <= max ? { ok: true, value: raw } : { ok: false, error: tooLong(raw.length) }),
		onCommit: onInput,
	});
	const shown = draft.error ?? error;
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = shown ? `${id}-error` : undefined;
	const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
	const common = {
		id,
		value: draft.raw,
		'aria-describedby': describedBy,
		'aria-invalid': shown ? ('true' as const) : undefined,
		onInput: (e: Event) => draft.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
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
			{shown && (
				<p class="field-error" id={errorId}>
					{shown}
				</p>
			)}
		</div>
	);
}
