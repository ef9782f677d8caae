import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { validatePlatformSelection, type PlatformSelection } from './plattformen';

// The persistent atom reads storage when the module is evaluated, so each test seeds the test
// storage first and then imports a fresh copy of the store.
async function load() {
	vi.resetModules();
	const store = await import('./plattformen');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

const KEY = 'smp:plattform-auswahl';

const valid: PlatformSelection = {
	country: 'DE',
	age: '20-29',
	gender: 'alle',
	studyId: 'social-media-atlas-2024',
	year: 2024,
	platforms: ['WhatsApp', 'Instagram', 'YouTube'],
};

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('validatePlatformSelection', () => {
	it('accepts a complete selection and null', () => {
		expect(validatePlatformSelection(valid)).toEqual(valid);
		expect(validatePlatformSelection(null)).toBeNull();
	});
	it.each([
		['lower-case country', { ...valid, country: 'de' }],
		['unknown age band', { ...valid, age: '5-9' }],
		['unknown gender', { ...valid, gender: 'divers' }],
		['bad study id', { ...valid, studyId: '../x' }],
		['fractional year', { ...valid, year: 2024.5 }],
		['no platforms', { ...valid, platforms: [] }],
		['blank platform', { ...valid, platforms: ['Instagram', ' '] }],
		['platform not a string', { ...valid, platforms: [42] }],
		['not an object', 'Instagram'],
	])('rejects %s', (_, value) => {
		expect(validatePlatformSelection(value)).toBeUndefined();
	});
});

describe('$platformSelection', () => {
	it('starts empty and reads a valid stored selection', async () => {
		expect((await load()).$platformSelection.get()).toBeNull();
		setTestStorageKey(KEY, JSON.stringify({ v: 1, data: valid }));
		expect((await load()).$platformSelection.get()).toEqual(valid);
	});

	it('reports corrupt data and falls back to null', async () => {
		setTestStorageKey(KEY, '{"v":1,"data":{"country":"DE"');
		const { $platformSelection, $storageProblems } = await load();
		expect($platformSelection.get()).toBeNull();
		expect($storageProblems.get()).toEqual([
			{
				key: KEY,
				kind: 'json',
				message: 'Auswahl im Plattform-Finder: nicht lesbar (beschädigt)',
				backupKey: expect.stringMatching(/^smp:sicherung:/),
				readOnly: false,
			},
		]);
	});

	it('rejects a stored value that fails validation', async () => {
		setTestStorageKey(KEY, JSON.stringify({ v: 1, data: { ...valid, platforms: 'Instagram' } }));
		const { $platformSelection, $storageProblems } = await load();
		expect($platformSelection.get()).toBeNull();
		expect($storageProblems.get()[0]?.message).toMatch(/nicht lesbar/);
	});

	it('round-trips through storage in a versioned envelope', async () => {
		const first = await load();
		first.setPlatformSelection(valid);
		expect(JSON.parse(getTestStorage()[KEY] ?? 'null')).toEqual({ v: 1, data: valid });
		const second = await load();
		expect(second.$platformSelection.get()).toEqual(valid);
		expect(second.$storageProblems.get()).toEqual([]);
		second.setPlatformSelection(null);
		expect((await load()).$platformSelection.get()).toBeNull();
	});
});
