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
	it('reports corrupt data and falls back to empty progress', async () => {
		setTestStorageKey('smp:progress', '{"v":1,"data":{"chapters":"alles"}}');
		const { $progress, $storageProblems } = await load();
		expect($progress.get()).toEqual({ chapters: [], exercises: [] });
		expect($storageProblems.get()).toEqual([
			{ key: 'smp:progress', message: expect.stringMatching(/^Lernfortschritt: .*zurückgesetzt/) },
		]);
	});
	it('reports data that is not JSON at all', async () => {
		setTestStorageKey('smp:progress', '{kaputt');
		const { $progress, $storageProblems } = await load();
		expect($progress.get().chapters).toEqual([]);
		expect($storageProblems.get()[0]?.message).toMatch(/kein gültiges JSON/);
	});
	it('resets everything', async () => {
		setTestStorageKey('smp:progress', JSON.stringify({ v: 1, data: { chapters: ['a'], exercises: ['a/1'] } }));
		const { $progress, resetProgress } = await load();
		resetProgress();
		expect($progress.get()).toEqual({ chapters: [], exercises: [] });
	});
});
