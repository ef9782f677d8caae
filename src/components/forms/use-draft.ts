/**
 * The state of a draft field: what the user typed stays in the field even when it is invalid;
 * only a valid value is handed to `onCommit`, so a store never holds NaN and nothing typed is
 * lost. When `value` changes from outside (reset, import, share link, another persona) the draft
 * is replaced by the formatted new value and the error is cleared.
 *
 * Hydration: the first render formats `value` exactly as the server did. Islands whose stores may
 * already be filled before hydration pass the server's value first (see `useHydrated` in
 * src/components/use-hydrated.ts); the effect below then picks up the change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { stepDraft, type DraftParse } from './field-aria';

export interface DraftOptions<T> {
	value: T;
	format: (value: T) => string;
	parse: DraftParse<T>;
	onCommit: (value: T) => void;
}

export interface Draft {
	/** The text shown in the field. */
	raw: string;
	/** The parse error of `raw`, if any. */
	error: string | undefined;
	onInput: (text: string) => void;
}

export function useDraft<T>({ value, format, parse, onCommit }: DraftOptions<T>): Draft {
	const [raw, setRaw] = useState(() => format(value));
	const [error, setError] = useState<string | undefined>(undefined);
	// The last value this field committed or received; a `value` equal to it is no outside change.
	const committed = useRef(value);

	useEffect(() => {
		if (Object.is(value, committed.current)) return;
		committed.current = value;
		setRaw(format(value));
		setError(undefined);
	}, [value]);

	const onInput = (text: string): void => {
		const step = stepDraft(parse, text);
		setRaw(step.raw);
		setError(step.error);
		if (!step.commit) return;
		committed.current = step.value;
		onCommit(step.value);
	};

	return { raw, error, onInput };
}
