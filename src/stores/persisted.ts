import { atom, onMount, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodeEnvelope, encodeEnvelope, type EnvelopeOptions, type ProblemKind } from '../lib/envelope';
import { BACKUP_PREFIX, STORAGE_PREFIX } from '../lib/storage-keys';
import { speicher } from '../i18n/de/speicher';

export { BACKUP_PREFIX, STORAGE_PREFIX };

/** `partial`: the repair kept the readable part (persisted-recovery.ts). */
export type StorageProblemKind = ProblemKind | 'partial' | 'conflict' | 'unsaved';

/** A stored value that could not be loaded or saved as it was. */
export interface StorageProblem {
	key: string;
	kind: StorageProblemKind;
	/** German sentence for the notice, starting with the store's label. */
	message: string;
	/** Where the original string was kept, if it was copied. */
	backupKey?: string;
	/** True while this page keeps its changes in memory only (the stored value stays untouched). */
	readOnly: boolean;
}

/** Problems found while loading or saving persisted stores; the storage notice shows them. */
export const $storageProblems = atom<StorageProblem[]>([]);

export interface VersionedOptions<T> extends EnvelopeOptions<T> {
	/** Human-readable name of what is stored, used in messages („Quiz-Antworten“). */
	label: string;
}

/**
 * One storage slot. Reading and writing go through @nanostores/persistent's engine, so that its
 * test engine (`useTestStorageEngine`) sees exactly what the browser's localStorage would.
 */
export const slot = (key: string) => persistentAtom<string | undefined>(key, undefined, { listen: false });

/** Show `problem` in the notice, replacing an earlier one for the same key. */
export function report(problem: StorageProblem): void {
	$storageProblems.set([...$storageProblems.get().filter((p) => p.key !== problem.key), problem]);
}

/** What the repair (src/stores/persisted-recovery.ts) needs to know about one unreadable value. */
export interface Unreadable<T> {
	key: string;
	raw: string;
	kind: ProblemKind;
	fallback: T;
	options: VersionedOptions<T>;
	/** Show the repaired value and store it; from now on the store writes again. */
	settle: (value: T) => void;
}

type Recover = (u: Unreadable<unknown>) => void;
let recover: Recover | undefined;
const waiting: Unreadable<unknown>[] = [];

/**
 * The repair lives in its own module (persisted-recovery.ts), so that reading pages, whose
 * JavaScript budget is 5 kB, do not load it. Calculator stores and /datenschutz/ import it; until
 * a page has it, an unreadable value stays untouched and the store keeps changes in memory only.
 */
export function registerRecovery(r: Recover): void {
	recover = r;
	for (const u of waiting.splice(0)) r(u);
}

/**
 * A store persisted as `{ v, data }` in localStorage, validated on load. Nothing stored is ever
 * deleted by loading it:
 * - unreadable data is copied to a backup key first (src/stores/persisted-recovery.ts); until that
 *   is done the store writes nothing, afterwards the readable part (or the fallback) is used;
 * - data from a newer version is left untouched and the store works read-only for this page;
 * - another tab's change arrives through the storage event, and a write never replaces a value
 *   this tab has not seen (the newer value is shown instead and the reader is told).
 */
export function versionedAtom<T>(name: string, fallback: T, options: VersionedOptions<T>): WritableAtom<T> {
	const key = STORAGE_PREFIX + name;
	const mirror = persistentAtom<string | undefined>(key, undefined);
	const store = atom<T>(fallback);
	const show = store.set;
	// The stored string this tab last read or wrote; anything else in storage came from elsewhere.
	let known: string | undefined;
	let readOnly = false;

	const write = (value: T): boolean => {
		const previous = known;
		known = encodeEnvelope(options.version, value);
		try {
			mirror.set(known);
			return true;
		} catch {
			known = previous;
			return false;
		}
	};

	// The notice's HTML explains each kind further (src/components/layout/StorageNotice.astro).
	const flag = (kind: Exclude<StorageProblemKind, 'partial'>, stuck: boolean): void =>
		report({ key, kind, message: `${options.label}: ${speicher[kind]}`, readOnly: stuck });

	/** Show what `raw` holds; returns whether a problem was found. */
	const load = (raw: string | undefined, first = false): boolean => {
		known = raw;
		readOnly = false;
		// A read-only state ends when the stored value changes to something this page can read.
		$storageProblems.set($storageProblems.get().filter((p) => p.key !== key || !p.readOnly));
		const { value, problem } = raw === undefined ? { value: fallback } : decodeEnvelope(raw, fallback, options);
		show(value);
		if (!problem || raw === undefined) return false;
		// Nothing is written until the original is safe in its backup.
		flag(problem, (readOnly = true));
		if (problem === 'newer') return true;
		const u: Unreadable<T> = {
			key,
			raw,
			kind: problem,
			fallback,
			options,
			// On the first load the repaired value replaces the unreadable one (now backed up), so the
			// notice appears once; a value from another tab is only backed up (it may still change).
			settle: (repaired) => {
				readOnly = false;
				if (store.value === fallback) show(repaired);
				if (first) write(store.value as T);
			},
		};
		if (recover) recover(u as Unreadable<unknown>);
		else waiting.push(u as Unreadable<unknown>);
		return true;
	};

	load(mirror.get(), true);
	onMount(store, () =>
		mirror.listen((raw) => {
			if (raw !== known) load(raw);
		}),
	);

	store.set = (value: T): void => {
		if (!readOnly) {
			const stored = slot(key).get();
			if (stored !== undefined && stored !== known) {
				if (!load(stored)) flag('conflict', false);
				return;
			}
			if (!write(value)) flag('unsaved', false);
		}
		show(value);
	};
	return store;
}

/**
 * Remove one stored value without loading its store, e.g. the quiz answers when progress is
 * reset on a page that has no quiz. A store that is loaded elsewhere picks the change up through
 * the storage event.
 */
export function clearStored(name: string): void {
	slot(STORAGE_PREFIX + name).set(undefined);
}
