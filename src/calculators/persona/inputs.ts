/**
 * Parsers for the numeric form fields. They wrap parseDecimal (decimal comma, German messages)
 * with the ranges of the persona schema, so the island never stores NaN, Infinity or a value
 * outside what personaSchema accepts on the next load.
 */
import { parseDecimal } from '../../lib/number';

export type InputResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** A rung share in percent; an empty field clears the value. */
export function parseShareInput(raw: string): InputResult<number | undefined> {
	if (raw.trim() === '') return { ok: true, value: undefined };
	const result = parseDecimal(raw, { min: 0, max: 100 });
	return result.ok ? { ok: true, value: result.value + 0 } : result;
}

/** A duration in whole minutes, 0–240 as WeeklySchedule allows. */
export function parseMinutesInput(raw: string): InputResult<number> {
	return parseDecimal(raw, { min: 0, max: 240, integer: true });
}
