import { describe, expect, it } from 'vitest';
import { formatClock, formatHour, parseClock } from './clock';

describe('parseClock', () => {
	it.each([
		['7', 420],
		['07:30', 450],
		['7.30', 450],
		['19 Uhr', 1140],
		['0:00', 0],
		['23:59', 1439],
		[' 8h15 ', 495],
	])('reads %s', (raw, minutes) => {
		expect(parseClock(raw)).toEqual({ ok: true, value: minutes });
	});
	it.each([
		['', 'empty'],
		['abc', 'format'],
		['7:5', 'format'],
		['24:00', 'range'],
		['12:60', 'range'],
		['-1', 'format'],
	])('rejects %s as %s', (raw, error) => {
		expect(parseClock(raw)).toEqual({ ok: false, error });
	});
});

describe('formatClock', () => {
	it('writes two-digit hours and wraps around the day', () => {
		expect(formatClock(450)).toBe('07:30');
		expect(formatClock(1440 + 5)).toBe('00:05');
		expect(formatClock(-30)).toBe('23:30');
		expect(formatClock(Number.NaN)).toBe('00:00');
		expect(formatHour(8)).toBe('08:00');
	});

	it('gives back what it reads, so a field shows the same time after a round trip', () => {
		for (const raw of ['7', '7:30', '07.30', '19 Uhr', '23:59']) {
			const parsed = parseClock(raw);
			if (!parsed.ok) throw new Error(raw);
			expect(parseClock(formatClock(parsed.value))).toEqual(parsed);
		}
	});
});
