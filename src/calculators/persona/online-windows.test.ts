import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../lib/schedule';
import { describeOnlineWindows, formatDays } from './online-windows';

const NAMES = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

describe('describeOnlineWindows', () => {
	it('describes the default week', () => {
		expect(describeOnlineWindows(DEFAULT_SCHEDULE)).toEqual([
			{ kind: 'beforeWork', days: [0, 1, 2, 3, 4], start: 7 * 60, end: 8 * 60 },
			{ kind: 'lunch', days: [0, 1, 2, 3, 4], start: 12 * 60, end: 12 * 60 + 45 },
			{ kind: 'afterWork', days: [0, 1, 2, 3, 4], start: 17 * 60, end: 18 * 60 },
			{ kind: 'evening', days: [0, 1, 2, 3, 4], start: 19 * 60, end: 22 * 60 + 30 },
			{ kind: 'dayOff', days: [5, 6], start: 9 * 60, end: 23 * 60 + 30 },
		]);
	});
	it('wraps around midnight and skips empty windows', () => {
		const s = {
			...DEFAULT_SCHEDULE,
			workStart: 15,
			commuteMinutes: 0,
			marginMinutes: 30,
			lunchMinutes: 0,
			workDays: [0, 1, 2, 3, 4, 5, 6],
		};
		const windows = describeOnlineWindows(s);
		expect(windows[0]).toMatchObject({ kind: 'beforeWork', start: 1425, end: 15 });
		expect(windows.map((w) => w.kind)).toEqual(['beforeWork', 'afterWork', 'evening']);
	});
});

describe('formatDays', () => {
	it.each([
		[[0, 1, 2, 3, 4], 'Mo–Fr'],
		[[5, 6], 'Sa, So'],
		[[0, 2, 4], 'Mo, Mi, Fr'],
		[[4, 0, 1, 2, 2], 'Mo–Mi, Fr'],
		[[], ''],
	])('%j → %s', (days, text) => {
		expect(formatDays(days, NAMES)).toBe(text);
	});
});
