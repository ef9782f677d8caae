/**
 * Repair of stored data that failed validation, and the fingerprint of backups. Loaded only when
 * a stored value is unreadable (see src/stores/persisted-recovery.ts), so it costs reading pages
 * nothing.
 */
import { check, type EnvelopeOptions } from './envelope';
import { isRecord } from './is-record';

/**
 * Keep what `accepts` allows of `value`, item by item: list items and object keys are tried one
 * at a time (nested lists and objects recursively), starting from `base`. Returns the kept value
 * and how many leaves were dropped, or `undefined` when nothing can be kept. Only the outermost
 * call may return an emptied shape (the store then starts empty); a nested list or object from
 * which nothing was readable counts as one lost item instead of turning into an empty one.
 */
export function salvage(
	value: unknown,
	base: unknown,
	accepts: (candidate: unknown) => boolean,
	outermost = true,
): { kept: unknown; lost: number } | undefined {
	if (accepts(value)) return { kept: value, lost: 0 };
	let lost = 0;
	let taken = 0;
	const take = (item: unknown, itemBase: unknown, fits: (c: unknown) => boolean, put: (c: unknown) => void) => {
		const inner = salvage(item, itemBase, fits, false);
		if (!inner) return void lost++;
		put(inner.kept);
		lost += inner.lost;
		taken++;
	};
	let kept: unknown;
	if (Array.isArray(value)) {
		const list: unknown[] = [];
		for (const item of value)
			take(
				item,
				undefined,
				(c) => accepts([...list, c]),
				(c) => list.push(c),
			);
		kept = list;
	} else if (isRecord(value)) {
		const record: Record<string, unknown> = isRecord(base) ? { ...base } : {};
		for (const [key, item] of Object.entries(value)) {
			take(
				item,
				record[key],
				(c) => accepts({ ...record, [key]: c }),
				(c) => (record[key] = c),
			);
		}
		kept = record;
	} else return undefined;
	if (!outermost && taken === 0) return undefined;
	return accepts(kept) ? { kept, lost } : undefined;
}

/**
 * What can be kept of `data` (already migrated) that failed `options.validate`: the store's own
 * `salvage` when it has one, otherwise the readable keys and list items one by one. `lost` counts
 * what was dropped (at least 1); `undefined` when nothing at all can be kept.
 */
export function salvageData<T>(
	data: unknown,
	fallback: T,
	options: EnvelopeOptions<T>,
): { value: T; lost: number } | undefined {
	let repaired: { value: T; lost: number } | undefined;
	try {
		repaired = options.salvage?.(data, fallback);
	} catch {
		repaired = undefined;
	}
	if (options.salvage) return repaired && { value: repaired.value, lost: Math.max(1, repaired.lost) };
	const rescued = salvage(data, fallback, (c) => check(options.validate, c) !== undefined);
	const value = rescued ? check(options.validate, rescued.kept) : undefined;
	return rescued && value !== undefined ? { value, lost: Math.max(1, rescued.lost) } : undefined;
}

/**
 * A short, stable fingerprint of a string (two 32-bit FNV-1a hashes), so that the same unreadable
 * value is backed up once under the same key however often it is loaded.
 */
export function fingerprint(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
	}
	return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
