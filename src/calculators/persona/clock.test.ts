import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from './clock';

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
	it('formats and wraps', () => {
		expect(formatClock(450)).toBe('7:30');
		expect(formatClock(1440 + 5)).toBe('0:05');
		expect(formatClock(-30)).toBe('23:30');
		expect(formatClock(Number.NaN)).toBe('0:00');
	});
});
