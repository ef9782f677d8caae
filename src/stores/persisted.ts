import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';

/**
 * Every key this site writes to localStorage starts with this prefix, so that „Alle meine Daten
 * löschen“ and the export can find all of them without a central list.
 */
export const STORAGE_PREFIX = 'smp:';

/** A stored value could not be read (corrupt JSON, wrong version, failed validation). */
export interface StorageProblem {
	key: string;
	message: string;
}

/** Problems found while loading persisted stores; a banner shows them and offers a reset. */
export const $storageProblems = atom<StorageProblem[]>([]);

interface Envelope {
	v: number;
	data: unknown;
}

export interface VersionedOptions<T> {
	/** Current schema version written into the envelope. */
	version: number;
	/** Returns the value when it is valid, otherwise `undefined`. */
	validate: (data: unknown) => T | undefined;
	/** Upgrades data written by an older version; return `undefined` when that is impossible. */
	migrate?: (data: unknown, fromVersion: number) => unknown;
	/** Human-readable name of what is stored, used in the problem message („Quiz-Antworten“). */
	label: string;
}

function report(key: string, label: string, reason: string): void {
	// Remove the unreadable value, so that the reset really happens even before the next change.
	try {
		globalThis.localStorage?.removeItem(key);
	} catch {
		// Storage may be blocked; then the fallback is used for this visit only.
	}
	$storageProblems.set([
		...$storageProblems.get().filter((p) => p.key !== key),
		{ key, message: `${label}: ${reason} Die gespeicherten Daten wurden zurückgesetzt.` },
	]);
}

/** Decode a stored envelope; pure so that it can be tested without localStorage. */
export function decodeEnvelope<T>(raw: string, fallback: T, options: VersionedOptions<T>): { value: T; problem?: string } {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { value: fallback, problem: 'Die gespeicherten Daten sind beschädigt (kein gültiges JSON).' };
	}
	if (typeof parsed !== 'object' || parsed === null || typeof (parsed as Envelope).v !== 'number') {
		return { value: fallback, problem: 'Die gespeicherten Daten haben kein bekanntes Format.' };
	}
	const envelope = parsed as Envelope;
	let data = envelope.data;
	if (envelope.v > options.version) {
		return { value: fallback, problem: 'Die gespeicherten Daten stammen aus einer neueren Version der Website.' };
	}
	if (envelope.v < options.version) {
		data = options.migrate?.(data, envelope.v);
		if (data === undefined) {
			return { value: fallback, problem: 'Die gespeicherten Daten stammen aus einer alten Version und ließen sich nicht übernehmen.' };
		}
	}
	const valid = options.validate(data);
	if (valid === undefined) return { value: fallback, problem: 'Die gespeicherten Daten sind unvollständig oder ungültig.' };
	return { value: valid };
}

/**
 * A persistent atom whose value is stored as `{ v, data }`, validated on load. A corrupt or
 * foreign value is reported in `$storageProblems` and replaced by the fallback, never thrown.
 */
export function versionedAtom<T>(name: string, fallback: T, options: VersionedOptions<T>): WritableAtom<T> {
	const key = STORAGE_PREFIX + name;
	return persistentAtom<T>(key, fallback, {
		encode: (value) => JSON.stringify({ v: options.version, data: value }),
		decode: (raw) => {
			const { value, problem } = decodeEnvelope(raw, fallback, options);
			if (problem) report(key, options.label, problem);
			return value;
		},
	});
}

/**
 * Remove one stored value without loading its store, e.g. the quiz answers when progress is
 * reset on a page that has no quiz. A store that is loaded elsewhere picks the change up through
 * the storage event.
 */
export function clearStored(name: string): void {
	try {
		localStorage.removeItem(STORAGE_PREFIX + name);
	} catch {
		// Storage may be blocked (privacy mode); then there was nothing stored to clear.
	}
}

/** All site data in localStorage as one object, for the export button. */
export function collectStoredData(storage: Storage): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(STORAGE_PREFIX)) continue;
		const raw = storage.getItem(key);
		try {
			out[key] = raw === null ? null : JSON.parse(raw);
		} catch {
			out[key] = raw;
		}
	}
	return out;
}

/** Remove every key this site wrote („Alle meine Daten löschen“). */
export function deleteStoredData(storage: Storage): number {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
	}
	for (const key of keys) storage.removeItem(key);
	return keys.length;
}
