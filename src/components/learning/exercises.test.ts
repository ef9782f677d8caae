import { describe, expect, it } from 'vitest';
import {
	answerLineCount,
	exerciseAnchor,
	filterToSearch,
	matchesFilter,
	parseFilter,
	sortExercises,
} from './exercises';

describe('exercise helpers', () => {
	it('builds the deep-link anchor', () => {
		expect(exerciseAnchor(3, 12)).toBe('aufgabe-3-12');
	});
	it('gives longer tasks more answer lines, within limits', () => {
		expect(answerLineCount(5)).toBe(4);
		expect(answerLineCount(30)).toBe(6);
		expect(answerLineCount(240)).toBe(14);
	});
	it('sorts by chapter position, then number', () => {
		const sorted = sortExercises([
			{ order: 2, number: 1 },
			{ order: 1, number: 10 },
			{ order: 1, number: 2 },
		]);
		expect(sorted).toEqual([
			{ order: 1, number: 2 },
			{ order: 1, number: 10 },
			{ order: 2, number: 1 },
		]);
	});
});

describe('exercise filter', () => {
	const chapters = ['echtzeit', 'zielgruppe'];
	const kinds = ['recherche', 'reflexion', 'rechnen', 'gruppe'];
	it('matches by chapter and kind', () => {
		const item = { chapter: 'echtzeit', kind: 'rechnen' };
		expect(matchesFilter(item, {})).toBe(true);
		expect(matchesFilter(item, { chapter: 'echtzeit' })).toBe(true);
		expect(matchesFilter(item, { chapter: 'echtzeit', kind: 'gruppe' })).toBe(false);
		expect(matchesFilter(item, { chapter: 'zielgruppe' })).toBe(false);
	});
	it('reads the filter from the URL and ignores unknown values', () => {
		expect(parseFilter('?kapitel=echtzeit&art=rechnen', chapters, kinds)).toEqual({
			chapter: 'echtzeit',
			kind: 'rechnen',
		});
		expect(parseFilter('?kapitel=gibtsnicht&art=<x>', chapters, kinds)).toEqual({
			chapter: undefined,
			kind: undefined,
		});
	});
	it('writes the filter back to a query string', () => {
		expect(filterToSearch({})).toBe('');
		expect(filterToSearch({ chapter: 'echtzeit', kind: 'gruppe' })).toBe('?kapitel=echtzeit&art=gruppe');
		expect(parseFilter(filterToSearch({ kind: 'gruppe' }), chapters, kinds)).toEqual({
			chapter: undefined,
			kind: 'gruppe',
		});
	});
});
