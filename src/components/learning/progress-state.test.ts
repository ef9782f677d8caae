import { describe, expect, it } from 'vitest';
import {
	EMPTY_PROGRESS,
	exerciseKey,
	setChapterDone,
	setExerciseDone,
	summarizeProgress,
	validateProgress,
} from './progress-state';

describe('progress reducers', () => {
	it('marks and unmarks chapters, sorted and without duplicates', () => {
		const a = setChapterDone(EMPTY_PROGRESS, 'zielgruppe', true);
		const b = setChapterDone(a, 'echtzeit', true);
		expect(b.chapters).toEqual(['echtzeit', 'zielgruppe']);
		expect(setChapterDone(b, 'echtzeit', true)).toBe(b);
		expect(setChapterDone(b, 'echtzeit', false).chapters).toEqual(['zielgruppe']);
	});
	it('does not mutate the previous state', () => {
		const next = setChapterDone(EMPTY_PROGRESS, 'echtzeit', true);
		expect(EMPTY_PROGRESS.chapters).toEqual([]);
		expect(next).not.toBe(EMPTY_PROGRESS);
	});
	it('ticks and unticks exercises by key', () => {
		const key = exerciseKey('echtzeit', 2);
		expect(key).toBe('echtzeit/2');
		const a = setExerciseDone(EMPTY_PROGRESS, key, true);
		expect(a.exercises).toEqual(['echtzeit/2']);
		expect(setExerciseDone(a, key, true)).toBe(a);
		expect(setExerciseDone(a, key, false).exercises).toEqual([]);
		expect(setExerciseDone(EMPTY_PROGRESS, key, false)).toBe(EMPTY_PROGRESS);
	});
});

describe('summarizeProgress', () => {
	it('counts only chapters and exercises that still exist', () => {
		const progress = { chapters: ['a', 'gone'], exercises: ['a/1', 'a/9', 'b/2'] };
		expect(summarizeProgress(progress, ['a', 'b', 'c'], ['a/1', 'a/2', 'b/2'])).toEqual({
			chaptersDone: 1,
			chaptersTotal: 3,
			exercisesDone: 2,
			exercisesTotal: 3,
		});
	});
});

describe('validateProgress', () => {
	it('accepts and normalizes valid data', () => {
		expect(validateProgress({ chapters: ['b', 'a', 'a'], exercises: ['a/10', 'a/2'] })).toEqual({
			chapters: ['a', 'b'],
			exercises: ['a/10', 'a/2'],
		});
	});
	it.each([
		['null', null],
		['a number', 42],
		['an array', [['a'], []]],
		['missing exercises', { chapters: [] }],
		['missing chapters', { exercises: [] }],
		['unknown keys', { chapters: [], exercises: [], admin: true }],
		['a chapter that is not a string', { chapters: [1], exercises: [] }],
		['a chapter slug with spaces', { chapters: ['Kapitel 1'], exercises: [] }],
		['an exercise without number', { chapters: [], exercises: ['echtzeit'] }],
		['an exercise with number 0', { chapters: [], exercises: ['echtzeit/0'] }],
		['an exercise with markup', { chapters: [], exercises: ['<b>/1'] }],
		['too many entries', { chapters: Array.from({ length: 1001 }, (_, i) => `k${i}`), exercises: [] }],
	])('rejects %s', (_name, data) => {
		expect(validateProgress(data)).toBeUndefined();
	});
});
