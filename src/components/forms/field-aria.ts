/**
 * Pure helpers behind the shared form fields (`Field`, `DraftField`): the ids that tie a field to
 * its hint, error and warning paragraphs, and the step that turns a typed text into a draft state.
 * Kept free of Preact so that the rules can be unit-tested in Node.
 */

/** Parses what the user typed; a failure carries the German message shown under the field. */
export type DraftParse<T> = (raw: string) => { ok: true; value: T } | { ok: false; error: string };

/** The ids of the paragraphs that describe field `id`: `<id>-hint`, `<id>-error`, `<id>-warning`. */
export function fieldIds(id: string): { hint: string; error: string; warning: string } {
	return { hint: `${id}-hint`, error: `${id}-error`, warning: `${id}-warning` };
}

/**
 * The `aria-describedby` value for field `id`: the ids of the hint, error and warning that are
 * actually shown, in that order, or `undefined` when none is (so the attribute is left out).
 */
export function describedBy(
	id: string,
	shown: { hint?: string | undefined; error?: string | undefined; warning?: string | undefined },
): string | undefined {
	const ids = fieldIds(id);
	const parts = [shown.hint && ids.hint, shown.error && ids.error, shown.warning && ids.warning].filter(Boolean);
	return parts.length > 0 ? parts.join(' ') : undefined;
}

/** What one input event does to a draft field. */
export type DraftStep<T> =
	{ raw: string; error: string; commit: false } | { raw: string; error: undefined; commit: true; value: T };

/**
 * One input event: the typed text always stays in the field (`raw`); a valid text clears the error
 * and is to be committed, an invalid one keeps the last committed value and shows the error.
 */
export function stepDraft<T>(parse: DraftParse<T>, text: string): DraftStep<T> {
	const result = parse(text);
	return result.ok
		? { raw: text, error: undefined, commit: true, value: result.value }
		: { raw: text, error: result.error, commit: false };
}
