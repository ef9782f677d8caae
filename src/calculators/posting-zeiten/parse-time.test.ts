import { describe, expect, it } from 'vitest';
import { parseHour, parseTimestamp, parseWeekday } from './parse-time';
import { toSlot } from './week';

describe('parseTimestamp', () => {
	it('reads ISO 8601 with offset as an instant', () => {
		expect(parseTimestamp('2025-03-30T03:30:00+02:00')).toEqual({
			kind: 'instant',
			epochMs: Date.UTC(2025, 2, 30, 1, 30),
		});
		expect(parseTimestamp('2025-03-30T01:30:00Z')).toEqual({ kind: 'instant', epochMs: Date.UTC(2025, 2, 30, 1, 30) });
		expect(parseTimestamp('2025-03-30 03:30:00.123+0200')).toEqual({
			kind: 'instant',
			epochMs: Date.UTC(2025, 2, 30, 1, 30),
		});
		expect(parseTimestamp('2025-03-30T03:30-05')).toEqual({ kind: 'instant', epochMs: Date.UTC(2025, 2, 30, 8, 30) });
	});

	it('reads times without offset as local wall-clock time', () => {
		expect(parseTimestamp('2025-03-25T19:10')).toMatchObject({ kind: 'local', slot: toSlot(1, 19) });
		expect(parseTimestamp('25.03.2025 19:45')).toMatchObject({ kind: 'local', slot: toSlot(1, 19) });
		expect(parseTimestamp('1.4.2025, 8:05 Uhr')).toMatchObject({ kind: 'local', slot: toSlot(1, 8) });
	});

	it('rejects impossible or incomplete dates', () => {
		for (const bad of [
			'31.02.2025 10:00',
			'2025-13-01T10:00',
			'2025-03-25',
			'2025-03-25T24:00',
			'gestern',
			'',
			'2025-03-25T10:00+19:00',
		]) {
			expect(parseTimestamp(bad), bad).toBeUndefined();
		}
	});
});

describe('parseWeekday and parseHour', () => {
	it('knows German and English weekday names', () => {
		expect(['Montag', 'mo.', 'Mon', 'monday'].map(parseWeekday)).toEqual([0, 0, 0, 0]);
		expect(['Sonntag', 'So', 'Sun', 'Sunday', 'Sonnabend'].map(parseWeekday)).toEqual([6, 6, 6, 6, 5]);
		expect(parseWeekday('Feiertag')).toBeUndefined();
	});

	it('reads hour labels from Matomo and spreadsheets', () => {
		expect(['0', '09', '9h', '9 h', '9 Uhr', '9:00', '9–10 Uhr', '9 AM', '12 AM', '7 pm'].map(parseHour)).toEqual([
			0, 9, 9, 9, 9, 9, 9, 9, 0, 19,
		]);
		expect(['24', '9:30', 'abc', '-1', '13 PM'].map(parseHour)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});
