import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
	it.each([
		[5, 10, 23.66, 76.34],
		[0, 10, 0, 27.75],
		[10, 10, 72.25, 100],
		[1, 20, 0.89, 23.61],
		[120, 400, 25.72, 34.66],
	])('%i of %i gives %f–%f %%', (k, n, low, high) => {
		const interval = wilsonInterval(k, n);
		expect(interval?.low).toBeCloseTo(low, 2);
		expect(interval?.high).toBeCloseTo(high, 2);
	});

	it.each([
		[1, 0],
		[-1, 10],
		[11, 10],
		[1.5, 10],
		[Number.NaN, 10],
		[1, Number.POSITIVE_INFINITY],
	])('rejects k = %d, n = %d', (k, n) => {
		expect(wilsonInterval(k, n)).toBeNull();
	});

	it('stays within 0–100 and contains the share for every valid count', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
				const k = Math.floor(f * n);
				const interval = wilsonInterval(k, n);
				expect(interval).not.toBeNull();
				if (!interval) return;
				const share = (k / n) * 100;
				expect(Number.isFinite(interval.low) && Number.isFinite(interval.high)).toBe(true);
				expect(interval.low).toBeGreaterThanOrEqual(0);
				expect(interval.high).toBeLessThanOrEqual(100);
				expect(interval.low).toBeLessThanOrEqual(share);
				expect(interval.high).toBeGreaterThanOrEqual(share);
			}),
		);
	});

	it('never returns NaN or Infinity for any numbers', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), (k, n) => {
				const interval = wilsonInterval(k, n);
				if (interval) expect(Number.isFinite(interval.low + interval.high)).toBe(true);
			}),
		);
	});
});
