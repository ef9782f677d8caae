import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';

// The persistent atom reads localStorage when its module is evaluated, so each test seeds the
// test storage first and then imports a fresh copy of the store.
async function load() {
	vi.resetModules();
	const store = await import('./progress');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$progress', () => {
	it('starts empty and stores marks in a versioned envelope', async () => {
		const { $progress, markChapterDone, markExerciseDone } = await load();
		expect($progress.get()).toEqual({ chapters: [], exercises: [] });
		markChapterDone('echtzeit', true);
		markExerciseDone('echtzeit/2', true);
		expect(JSON.parse(getTestStorage()['smp:progress'] ?? '')).toEqual({
			v: 1,
			data: { chapters: ['echtzeit'], exercises: ['echtzeit/2'] },
		});
	});
	it('reads stored progress back', async () => {
		setTestStorageKey('smp:progress', JSON.stringify({ v: 1, data: { chapters: ['a'], exercises: [] } }));
		const { $progress, markChapterDone } = await load();
		expect($progress.get().chapters).toEqual(['a']);
		markChapterDone('a', false);
		expect($progress.get().chapters).toEqual([]);
	});
	it('on a reading page keeps corrupt data untouched; the data page backs it up and repairs it', async () => {
		const raw = '{"v":1,"data":{"chapters":"alles","exercises":["echtzeit/1"]}}';
		setTestStorageKey('smp:progress', raw);
		const { $progress, $storageProblems, markChapterDone } = await load();
		expect($progress.get()).toEqual({ chapters: [], exercises: [] });
		expect($storageProblems.get()).toEqual([
			{ key: 'smp:progress', kind: 'invalid', readOnly: true, message: 'Lernfortschritt: nicht lesbar (beschädigt)' },
		]);
		markChapterDone('echtzeit', true);
		expect(getTestStorage()['smp:progress']).toBe(raw);
		await import('./persisted-recovery');
		expect($storageProblems.get()).toEqual([
			{
				key: 'smp:progress',
				kind: 'partial',
				readOnly: false,
				backupKey: expect.stringMatching(/^smp:sicherung:progress:/),
				message: 'Lernfortschritt: eine Angabe war nicht lesbar, alles andere ist geladen',
			},
		]);
	});
	it('reports data that is not JSON at all', async () => {
		setTestStorageKey('smp:progress', '{kaputt');
		const { $progress, $storageProblems } = await load();
		expect($progress.get().chapters).toEqual([]);
		expect($storageProblems.get()[0]?.message).toMatch(/nicht lesbar/);
	});
	it('resets everything', async () => {
		setTestStorageKey('smp:progress', JSON.stringify({ v: 1, data: { chapters: ['a'], exercises: ['a/1'] } }));
		const { $progress, resetProgress } = await load();
		resetProgress();
		expect($progress.get()).toEqual({ chapters: [], exercises: [] });
	});
});
