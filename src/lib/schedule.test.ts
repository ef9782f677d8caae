import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, weeklyScheduleSchema } from './schedule';

describe('weeklyScheduleSchema', () => {
	it('accepts the default', () => {
		expect(weeklyScheduleSchema(DEFAULT_SCHEDULE)).toEqual(DEFAULT_SCHEDULE);
	});
	it.each([
		null,
		{},
		{ ...DEFAULT_SCHEDULE, workDays: [7] },
		{ ...DEFAULT_SCHEDULE, workStart: 1440 },
		{ ...DEFAULT_SCHEDULE, lunchMinutes: -5 },
		{ ...DEFAULT_SCHEDULE, eveningEnd: '22:00' },
	])('rejects %o', (value) => {
		expect(weeklyScheduleSchema(value)).toBeUndefined();
	});
});
