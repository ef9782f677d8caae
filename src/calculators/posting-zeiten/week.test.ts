import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	circularDistance,
	daysFromCivil,
	daysInMonth,
	shiftSlot,
	slotHour,
	slotOfLocalMs,
	slotWeekday,
	toSlot,
	weekdayOfEpochDay,
} from './week';

describe('week', () => {
	it('numbers slots from Monday 0 h to Sunday 23 h', () => {
		expect(toSlot(0, 0)).toBe(0);
		expect(toSlot(1, 19)).toBe(43);
		expect(toSlot(6, 23)).toBe(167);
		expect([slotWeekday(43), slotHour(43)]).toEqual([1, 19]);
	});

	it('wraps shifts and distances around the week end', () => {
		expect(shiftSlot(167, 2)).toBe(1);
		expect(shiftSlot(0, -1)).toBe(167);
		expect(circularDistance(166, 1)).toBe(3);
	});

	it('counts days like Date.UTC', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1970, max: 2200 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 1, max: 28 }),
				(y, m, d) => {
					expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / 86_400_000);
				},
			),
		);
	});

	it('knows weekdays and month lengths', () => {
		expect(weekdayOfEpochDay(daysFromCivil(2025, 3, 30))).toBe(6); // a Sunday
		expect(slotOfLocalMs(Date.UTC(2025, 2, 25, 19, 30))).toBe(toSlot(1, 19)); // Tuesday 19:30
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2100, 2)).toBe(28);
		expect(daysInMonth(2025, 4)).toBe(30);
	});
});
