import { describe, expect, it } from 'vitest';
import { buildAudience, normalizeWeek } from './audience';
import { toSlot } from './week';

const none = { utcKeys: [], utcCounts: [], local: [], hours: [], weekdays: [] };

describe('buildAudience', () => {
	it('converts UTC quarter hours with the offset valid at that instant', () => {
		const winter = Date.UTC(2025, 0, 7, 18) / 900_000; // Tuesday 19 h CET
		const summer = Date.UTC(2025, 6, 8, 17) / 900_000; // Tuesday 19 h CEST
		const a = buildAudience([{ ...none, utcKeys: [winter, summer], utcCounts: [2, 3] }], 'Europe/Berlin');
		expect(a.week[toSlot(1, 19)]).toBe(5);
		expect(a.total).toBe(5);
	});

	it('spreads marginal reports evenly when the other half is missing', () => {
		const hours = new Array(24).fill(0);
		hours[9] = 70;
		const a = buildAudience([{ ...none, hours }], 'UTC');
		expect(a.hoursOnly).toBe(true);
		expect(a.week[toSlot(3, 9)]).toBeCloseTo(10);
		const weekdays = [24, 0, 0, 0, 0, 0, 0];
		const b = buildAudience([{ ...none, weekdays }], 'UTC');
		expect(b.weekdaysOnly).toBe(true);
		expect(b.week[toSlot(0, 5)]).toBeCloseTo(1);
	});

	it('normalises to a maximum of 1 and keeps zeros', () => {
		expect(Array.from(normalizeWeek([0, 2, 4]))).toEqual([0, 0.5, 1]);
		expect(Array.from(normalizeWeek([0, 0]))).toEqual([0, 0]);
	});
});
