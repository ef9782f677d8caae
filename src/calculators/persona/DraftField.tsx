/**
 * An input for a parsed value (clock time, minutes, percent). What the user types stays in the
 * field even when it is invalid; only a valid value is handed on, so the store never holds NaN
 * and nothing typed is lost. When the value changes from outside (another persona, an import),
 * the field shows the new value.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export type DraftParse<T> = (raw: string) => { ok: true; value: T } | { ok: false; error: string };

interface Props<T> {
	id: string;
	label: string;
	value: T;
	format: (value: T) => string;
	parse: DraftParse<T>;
	onCommit: (value: T) => void;
	hint?: string | undefined;
	/** A problem found by validating the whole persona (e.g. end before start). */
	issue?: string | undefined;
	inputMode?: 'decimal' | 'numeric' | 'text';
	suffix?: string | undefined;
}

export function DraftField<T>({
	id,
	label,
	value,
	format,
	parse,
	onCommit,
	hint,
	issue,
	inputMode = 'text',
	suffix,
}: Props<T>) {
	const [raw, setRaw] = useState(() => format(value));
	const [error, setError] = useState<string | undefined>(undefined);
	const committed = useRef(value);

	useEffect(() => {
		if (Object.is(value, committed.current)) return;
		committed.current = value;
		setRaw(format(value));
		setError(undefined);
	}, [value]);

	const onInput = (e: Event) => {
		const text = (e.currentTarget as HTMLInputElement).value;
		setRaw(text);
		const result = parse(text);
		if (!result.ok) {
			setError(result.error);
			return;
		}
		setError(undefined);
		committed.current = result.value;
		onCommit(result.value);
	};

	const message = error ?? issue;
	const hintId = hint ? `${id}-hint` : undefined;
	const errorId = message ? `${id}-error` : undefined;
	return (
		<div class="pb-field pb-field--short">
			<label for={id}>{label}</label>
			{hint && (
				<p class="pb-hint" id={hintId}>
					{hint}
				</p>
			)}
			<span class="pb-input-row">
				<input
					id={id}
					type="text"
					inputMode={inputMode}
					autocomplete="off"
					value={raw}
					onInput={onInput}
					aria-invalid={message ? 'true' : undefined}
					aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
				/>
				{suffix && <span aria-hidden="true">{suffix}</span>}
			</span>
			{message && (
				<p class="field-error" id={errorId}>
					{message}
				</p>
			)}
		</div>
	);
}
