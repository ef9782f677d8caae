/**
 * The stored shape of every persisted store, `{ v: version, data }`, and how a stored string is
 * read back. Pure (no storage access), so that every rule is unit-tested; `src/stores/persisted.ts`
 * applies the outcome: it keeps unreadable strings under a backup key, never deletes them, and
 * leaves data from a newer version untouched. Every page loads this module (the chapter pages'
 * JavaScript budget is 5 kB), so the rarely needed repair lives in src/lib/salvage.ts.
 *
 * Rules, in order:
 * - A value that validates as stored is loaded as is.
 * - Lenient where a default is safe: a field missing from a stored object (a setting added in a
 *   later release) gets its default and is not a problem.
 * - Otherwise the problem is named; for `invalid` data, salvageData keeps the readable items.
 * - A newer version is never interpreted: the caller keeps it untouched and works read-only.
 */
import { isRecord } from './is-record';

/** Why a stored string could not be loaded as it was. */
export type ProblemKind = 'json' | 'format' | 'newer' | 'old' | 'invalid';

export interface EnvelopeOptions<T> {
	/** Current schema version written into the envelope (a whole number ≥ 1). */
	version: number;
	/** Returns the (cleaned) value when it is valid, otherwise `undefined`. May not throw, but is guarded. */
	validate: (data: unknown) => T | undefined;
	/** Upgrades data written by an older version; return `undefined` when that is impossible. */
	migrate?: ((data: unknown, fromVersion: number) => unknown) | undefined;
	/**
	 * Store-specific recovery when `validate` fails (e.g. a table with a minimum number of rows).
	 * Without it, the readable keys and list items are kept one by one (see `salvage`).
	 */
	salvage?: ((data: unknown, fallback: T) => { value: T; lost: number } | undefined) | undefined;
}

export interface Decoded<T> {
	/** The value to use: the stored one, or the fallback. */
	value: T;
	/** Set when the stored string was not loaded exactly as it was. */
	problem?: ProblemKind;
	/** For `invalid`: the data after migration, for `salvageData` (src/lib/salvage.ts). */
	data?: unknown;
}

/** Run a validator that might throw on hostile input; a throw counts as „invalid“. */
export function check<T>(validate: (d: unknown) => T | undefined, data: unknown): T | undefined {
	try {
		return validate(data);
	} catch {
		return undefined;
	}
}

/** Read a stored string; never throws. */
export function decodeEnvelope<T>(raw: string, fallback: T, options: EnvelopeOptions<T>): Decoded<T> {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { value: fallback, problem: 'json' };
	}
	const v = isRecord(parsed) && 'data' in parsed ? parsed['v'] : 0;
	if (!Number.isInteger(v) || (v as number) < 1) return { value: fallback, problem: 'format' };
	if ((v as number) > options.version) return { value: fallback, problem: 'newer' };
	let data = (parsed as Record<string, unknown>)['data'];
	if ((v as number) < options.version) {
		try {
			data = options.migrate?.(data, v as number);
		} catch {
			data = undefined;
		}
		if (data === undefined) return { value: fallback, problem: 'old' };
	}
	// A field added in a later release is simply missing from older data: its default is safe.
	const value = check(options.validate, isRecord(fallback) && isRecord(data) ? { ...fallback, ...data } : data);
	return value === undefined ? { value: fallback, problem: 'invalid', data } : { value };
}

/** The envelope as stored. */
export function encodeEnvelope(version: number, value: unknown): string {
	return JSON.stringify({ v: version, data: value });
}
