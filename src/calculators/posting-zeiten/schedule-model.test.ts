import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../lib/schedule';
import { LEVELS, scheduleToActivity } from './schedule-model';
import { toSlot } from './week';

describe('scheduleToActivity', () => {
	const week = scheduleToActivity(DEFAULT_SCHEDULE);

	it('gives every hour a value between 0 and 1', () => {
		expect(week).toHaveLength(168);
		expect(Array.from(week).every((v) => v >= 0 && v <= 1)).toBe(true);
	});

	it('puts the margin before and after work above working hours and nights', () => {
		// Default: work 8–17, 30 min commute, 30 min margin → margin 7:00–7:30 and 17:30–18:00.
		expect(week[toSlot(1, 7)]).toBeGreaterThan(week[toSlot(1, 10)] ?? 1);
		expect(week[toSlot(1, 17)]).toBeGreaterThan(week[toSlot(1, 15)] ?? 1);
		expect(week[toSlot(1, 3)]).toBeCloseTo(LEVELS.asleep);
		expect(week[toSlot(1, 12)]).toBeGreaterThan(week[toSlot(1, 10)] ?? 1);
		expect(week[toSlot(1, 20)]).toBeCloseTo(LEVELS.evening);
	});

	it('treats days off differently from work days', () => {
		expect(week[toSlot(5, 10)]).toBeCloseTo(LEVELS.dayOff);
		expect(week[toSlot(5, 7)]).toBeCloseTo(LEVELS.asleep);
	});

	it('follows a night-shift schedule across midnight', () => {
		const night = scheduleToActivity({
			...DEFAULT_SCHEDULE,
			workStart: 22 * 60,
			workEnd: 6 * 60,
			eveningStart: 18 * 60,
			eveningEnd: 20 * 60,
		});
		expect(night[toSlot(1, 2)]).toBeCloseTo(LEVELS.work);
		expect(night[toSlot(1, 21)]).toBeCloseTo((LEVELS.margin + LEVELS.commute) / 2);
	});
});
