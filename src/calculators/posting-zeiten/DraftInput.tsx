/**
 * A field for a value that must parse (clock time, minutes). What the user types stays in the
 * field even when it is invalid, with a message; only valid values reach the store. A change from
 * outside (reset, share link, copied persona week) replaces the draft.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Field } from './Field';

type Parse<T> = (raw: string) => { ok: true; value: T } | { ok: false; error: string };

interface Props<T> {
	id: string;
	label: string;
	value: T;
	format: (value: T) => string;
	parse: Parse<T>;
	onCommit: (value: T) => void;
	hint?: string | undefined;
	type?: 'text' | 'time';
	inputMode?: 'decimal' | 'numeric' | 'text';
}

export function DraftInput<T>({
	id,
	label,
	value,
	format,
	parse,
	onCommit,
	hint,
	type,
	inputMode,
}: Props<T>): JSX.Element {
	const [raw, setRaw] = useState(() => format(value));
	const [error, setError] = useState<string | undefined>(undefined);
	const committed = useRef(value);

	useEffect(() => {
		if (Object.is(value, committed.current)) return;
		committed.current = value;
		setRaw(format(value));
		setError(undefined);
	}, [value]);

	const onInput = (text: string): void => {
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

	return (
		<Field
			id={id}
			label={label}
			value={raw}
			onInput={onInput}
			hint={hint}
			error={error}
			type={type ?? 'text'}
			inputMode={inputMode ?? 'text'}
		/>
	);
}
