import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { parseTrainerParam } from './trainer';

async function load() {
	vi.resetModules();
	const store = await import('./trainer');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('parseTrainerParam', () => {
	it.each([
		['?trainer=1', true],
		['?trainer=on', true],
		['?x=2&trainer=true', true],
		['?trainer=0', false],
		['?trainer=AUS', false],
		['?trainer=', undefined],
		['?trainer=vielleicht', undefined],
		['', undefined],
		['?andere=1', undefined],
	])('%s → %s', (search, expected) => {
		expect(parseTrainerParam(search)).toBe(expected);
	});
});

describe('$trainerMode', () => {
	it('is off by default and remembered when switched', async () => {
		const { $trainerMode, setTrainerMode, toggleTrainerMode } = await load();
		expect($trainerMode.get()).toBe(false);
		setTrainerMode(true);
		expect(JSON.parse(getTestStorage()['smp:trainer'] ?? '')).toEqual({ v: 1, data: true });
		toggleTrainerMode();
		expect($trainerMode.get()).toBe(false);
	});
	it('reads the remembered mode', async () => {
		setTestStorageKey('smp:trainer', '{"v":1,"data":true}');
		const { $trainerMode } = await load();
		expect($trainerMode.get()).toBe(true);
	});
	it('reports a corrupt value and stays off', async () => {
		setTestStorageKey('smp:trainer', '{"v":1,"data":"ja"}');
		const { $trainerMode, $storageProblems } = await load();
		expect($trainerMode.get()).toBe(false);
		expect($storageProblems.get()[0]?.message).toMatch(/^Trainermodus: /);
	});
});
