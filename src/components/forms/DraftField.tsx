/**
 * A `Field` for a value that must parse (clock time, minutes, percent): what the user types stays
 * in the field even when it is invalid, with a German message; only a valid value reaches
 * `onCommit`. A change of `value` from outside replaces the draft (see `useDraft`).
 */
import type { JSX } from 'preact';
import { Field, type FieldProps } from './Field';
import type { DraftParse } from './field-aria';
import { useDraft } from './use-draft';

export type { DraftParse } from './field-aria';

export interface DraftFieldProps<T> extends Omit<FieldProps, 'value' | 'onInput' | 'error'> {
	value: T;
	format: (value: T) => string;
	parse: DraftParse<T>;
	onCommit: (value: T) => void;
	/**
	 * A problem found outside the field (e.g. the whole persona: end before start). It is shown
	 * while the typed text itself parses; the field's own parse error takes precedence.
	 */
	issue?: string | undefined;
}

export function DraftField<T>({ value, format, parse, onCommit, issue, ...field }: DraftFieldProps<T>): JSX.Element {
	const draft = useDraft({ value, format, parse, onCommit });
	return <Field {...field} value={draft.raw} onInput={draft.onInput} error={draft.error ?? issue} />;
}
