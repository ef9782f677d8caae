import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { cleanStores, type WritableAtom } from 'nanostores';
import {
	cleanTestStorage,
	getTestStorage,
	setPersistentEngine,
	setTestStorageKey,
	useTestStorageEngine,
} from '@nanostores/persistent';
import { collectStoredData, deleteStoredData } from '../lib/stored-data';
import { $storageProblems, BACKUP_PREFIX, versionedAtom } from './persisted';
import type { StoredBackup } from './persisted-recovery';
// Switches the repair on, as the calculator pages do.
import './persisted-recovery';

interface Settings {
	hours: number;
	note: string;
}
const DEFAULTS: Settings = { hours: 8, note: '' };
const options = {
	version: 2,
	label: 'Test',
	validate: (d: unknown): Settings | undefined => {
		const v = d as Partial<Settings> | null;
		return v && typeof v.hours === 'number' && typeof v.note === 'string'
			? { hours: v.hours, note: v.note }
			: undefined;
	},
};
const KEY = 'smp:test';
const opened: WritableAtom<Settings>[] = [];
/** A fresh store instance, as a new page load would create it. */
const open = () => {
	const store = versionedAtom<Settings>('test', DEFAULTS, options);
	opened.push(store);
	return store;
};
/** Unmount earlier instances at once, so that they do not react to the next test's storage events. */
const closeAll = () => cleanStores(...opened.splice(0));
const storage = () => getTestStorage();
const backups = (): StoredBackup[] =>
	Object.entries(storage())
		.filter(([k]) => k.startsWith(BACKUP_PREFIX))
		.map(([, v]) => (JSON.parse(v) as { data: StoredBackup }).data);

beforeEach(() => {
	useTestStorageEngine();
	$storageProblems.set([]);
});
afterEach(() => {
	closeAll();
	cleanTestStorage();
});

describe('versionedAtom: nothing stored is ever lost', () => {
	it('backs up an unreadable value before it writes the repaired one, once', async () => {
		const raw = '{"v":2,"data":{"hours":"viele","note":"wichtig"}}';
		setTestStorageKey(KEY, raw);
		const store = open();
		expect(store.get()).toEqual({ hours: 8, note: 'wichtig' });
		expect(backups()).toEqual([{ key: KEY, label: 'Test', kind: 'partial', savedAt: expect.any(String), raw }]);
		expect(JSON.parse(storage()[KEY] ?? '')).toEqual({ v: 2, data: { hours: 8, note: 'wichtig' } });
		expect($storageProblems.get()).toEqual([
			{
				key: KEY,
				kind: 'partial',
				readOnly: false,
				backupKey: expect.stringMatching(/^smp:sicherung:test:/),
				message: 'Test: eine Angabe war nicht lesbar, alles andere ist geladen',
			},
		]);
		// The next page load reads the repaired value: no second backup, no second notice.
		$storageProblems.set([]);
		open().get();
		expect(backups()).toHaveLength(1);
		expect($storageProblems.get()).toEqual([]);
	});

	it('without the repair module (reading pages), leaves an unreadable value untouched and read-only', async () => {
		setTestStorageKey(KEY, 'kaputt');
		vi.resetModules();
		const fresh = await import('./persisted');
		const store = fresh.versionedAtom<Settings>('test', DEFAULTS, options);
		opened.push(store);
		expect(store.get()).toEqual(DEFAULTS);
		expect(fresh.$storageProblems.get()).toEqual([
			{ key: KEY, kind: 'json', readOnly: true, message: 'Test: nicht lesbar (beschädigt)' },
		]);
		store.set({ hours: 1, note: 'nur im Speicher' });
		expect(storage()[KEY]).toBe('kaputt');
		// The page that has the repair (e.g. /datenschutz/) backs it up and takes over.
		await import('./persisted-recovery');
		expect(backups().map((b) => b.raw)).toEqual(['kaputt']);
		expect(JSON.parse(storage()[KEY] ?? '')).toEqual({ v: 2, data: { hours: 1, note: 'nur im Speicher' } });
	});

	it('backs up the same unreadable value only once, however often it is loaded', async () => {
		setTestStorageKey(KEY, 'kaputt');
		setPersistentEngine(
			new Proxy(storage(), {
				set: (target, key, value) => (key === KEY ? false : Reflect.set(target, key, value)),
			}),
			{ addEventListener() {}, removeEventListener() {} },
		);
		open();
		open();
		expect(backups()).toHaveLength(1);
	});

	it('leaves data from a newer version untouched and works read-only', () => {
		const raw = '{"v":3,"data":{"hours":1,"note":"neu","extra":true}}';
		setTestStorageKey(KEY, raw);
		const store = open();
		expect(store.get()).toEqual(DEFAULTS);
		expect($storageProblems.get()[0]).toMatchObject({
			kind: 'newer',
			readOnly: true,
			message: 'Test: aus einer neueren Version',
		});
		store.set({ hours: 4, note: 'hier' });
		expect(store.get()).toEqual({ hours: 4, note: 'hier' });
		expect(storage()[KEY]).toBe(raw);
		expect(backups()).toEqual([]);
	});

	it('keeps the original and stays read-only when the backup cannot be written', async () => {
		setTestStorageKey(KEY, 'kaputt');
		setPersistentEngine(
			new Proxy(storage(), {
				set: (target, key, value) => (String(key).startsWith(BACKUP_PREFIX) ? false : Reflect.set(target, key, value)),
			}),
			{ addEventListener() {}, removeEventListener() {} },
		);
		const store = open();
		expect($storageProblems.get()[0]).toMatchObject({ kind: 'json', readOnly: true });
		expect($storageProblems.get()[0]?.backupKey).toBeUndefined();
		store.set({ hours: 1, note: '' });
		expect(storage()[KEY]).toBe('kaputt');
	});

	it('reports a value that cannot be saved instead of throwing', () => {
		const store = open();
		setPersistentEngine(
			new Proxy(storage(), {
				set: () => {
					throw new DOMException('voll', 'QuotaExceededError');
				},
			}),
			{ addEventListener() {}, removeEventListener() {} },
		);
		expect(() => store.set({ hours: 2, note: '' })).not.toThrow();
		expect(store.get()).toEqual({ hours: 2, note: '' });
		expect($storageProblems.get()[0]).toMatchObject({ kind: 'unsaved' });
	});

	it('property: any stored string loads without throwing and is never lost', async () => {
		const envelope = fc
			.record(
				{ v: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.double(), fc.string()), data: fc.anything() },
				{ requiredKeys: [] },
			)
			.map((o) => JSON.stringify(o) ?? '');
		const settingsLike = fc
			.record(
				{
					hours: fc.oneof(fc.integer(), fc.string()),
					note: fc.oneof(fc.string(), fc.constant(null)),
					x: fc.anything(),
				},
				{ requiredKeys: [] },
			)
			.map((data) => JSON.stringify({ v: 2, data }) ?? '');
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string(), fc.json(), envelope, settingsLike), async (raw) => {
				closeAll();
				cleanTestStorage();
				setTestStorageKey(KEY, raw);
				$storageProblems.set([]);
				const store = open();
				store.get();
				const kept = () => storage()[KEY] === raw || backups().some((b) => b.raw === raw);
				expect(kept()).toBe(true);
				// A change made afterwards replaces only what was read without a problem.
				const readFine = $storageProblems.get().length === 0;
				store.set({ hours: 1, note: 'neu' });
				if (!readFine) expect(kept()).toBe(true);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('versionedAtom: two tabs', () => {
	it('takes over a change made in another tab (storage event)', () => {
		const store = open();
		const seen: Settings[] = [];
		const stop = store.listen((v) => seen.push(v));
		setTestStorageKey(KEY, JSON.stringify({ v: 2, data: { hours: 5, note: 'anderer Tab' } }));
		expect(store.get()).toEqual({ hours: 5, note: 'anderer Tab' });
		setTestStorageKey(KEY, undefined);
		expect(store.get()).toEqual(DEFAULTS);
		stop();
		expect(seen).toHaveLength(2);
	});

	it('never overwrites a newer value it has not seen', () => {
		const store = open();
		store.set({ hours: 1, note: 'alt' });
		// Another tab writes while this store hears nothing (not mounted, event not yet delivered).
		const newer = JSON.stringify({ v: 2, data: { hours: 9, note: 'neu' } });
		storage()[KEY] = newer;
		store.set({ hours: 2, note: 'alt, geändert' });
		expect(storage()[KEY]).toBe(newer);
		expect(store.get()).toEqual({ hours: 9, note: 'neu' });
		expect($storageProblems.get()[0]).toMatchObject({
			kind: 'conflict',
			message: expect.stringMatching(/anderen Tab/),
		});
	});

	it('ends read-only when the other tab stores something this page can read', () => {
		setTestStorageKey(KEY, '{"v":3,"data":{}}');
		const store = open();
		const stop = store.listen(() => {});
		expect($storageProblems.get()[0]?.readOnly).toBe(true);
		setTestStorageKey(KEY, JSON.stringify({ v: 2, data: { hours: 3, note: '' } }));
		expect($storageProblems.get()).toEqual([]);
		store.set({ hours: 4, note: '' });
		expect(JSON.parse(storage()[KEY] ?? '').data.hours).toBe(4);
		stop();
	});
});

describe('stored data helpers', () => {
	function fakeStorage(entries: Record<string, string>): Storage {
		const map = new Map(Object.entries(entries));
		return {
			get length() {
				return map.size;
			},
			key: (i: number) => [...map.keys()][i] ?? null,
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k),
			clear: () => map.clear(),
		};
	}
	it('collects and deletes only the site keys, backups included', () => {
		const s = fakeStorage({ 'smp:a': '{"v":1,"data":1}', 'smp:sicherung:a:x': 'raw', other: 'keep' });
		expect(collectStoredData(s)).toEqual({ 'smp:a': { v: 1, data: 1 }, 'smp:sicherung:a:x': 'raw' });
		expect(deleteStoredData(s)).toBe(2);
		expect(s.getItem('other')).toBe('keep');
		expect(s.length).toBe(1);
	});
});
