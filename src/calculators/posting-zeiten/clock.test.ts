import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from './clock';

describe('clock', () => {
	it('round-trips times of day', () => {
		expect(formatClock(450)).toBe('07:30');
		expect(parseClock('7:30')).toBe(450);
		expect(parseClock('19.05 Uhr')).toBe(19 * 60 + 5);
		expect(['24:00', '7', '', 'abc', '12:60'].map(parseClock)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});
});
