import { describe, expect, it } from 'vitest';
import { parseCompetition, parseDays, totalPosts } from './competition';
import { toSlot } from './week';

describe('parseCompetition', () => {
	it('reads days, ranges, counts and comments', () => {
		const r = parseCompetition('Mo–Fr 9:00\nDi 12 ×3 # Agentur X\ntäglich 18-20; Sa, So 10:30 2x\nFr-Mo 7');
		expect(r.errors).toEqual([]);
		expect(r.entries).toBe(5);
		expect(r.week[toSlot(0, 9)]).toBe(1);
		expect(r.week[toSlot(1, 12)]).toBe(3);
		expect(r.week[toSlot(6, 18)]).toBe(1);
		expect(r.week[toSlot(6, 19)]).toBe(1);
		expect(r.week[toSlot(6, 20)]).toBe(0);
		expect(r.week[toSlot(5, 10)]).toBe(2);
		expect(r.week[toSlot(6, 7)]).toBe(1);
		expect(r.week[toSlot(2, 7)]).toBe(0);
		expect(totalPosts(r.week)).toBe(5 + 3 + 14 + 4 + 4);
	});

	it('reports bad entries with line numbers and keeps the good ones', () => {
		const r = parseCompetition('Mo 9\nFeiertag 9\nDi 25:00\nMi 9 ×-1\nirgendwann');
		expect(r.entries).toBe(1);
		expect(r.errors).toEqual([
			{ line: 2, text: 'Feiertag 9', error: 'days' },
			{ line: 3, text: 'Di 25:00', error: 'time' },
			{ line: 4, text: 'Mi 9 ×-1', error: 'count' },
			{ line: 5, text: 'irgendwann', error: 'syntax' },
		]);
	});

	it('reads day groups', () => {
		expect(parseDays('werktags')).toEqual([0, 1, 2, 3, 4]);
		expect(parseDays('Sa – Mo')).toEqual([0, 5, 6]);
		expect(parseDays('Mo, Xy')).toBeUndefined();
	});
});
