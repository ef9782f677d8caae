import { describe, expect, it } from 'vitest';
import { domainFor, niceCeil, smallChart, SMALL_BOX } from './chart';

describe('niceCeil', () => {
	it.each([
		[0, 1],
		[1, 1],
		[3, 5],
		[5, 5],
		[7, 10],
		[15, 20],
		[150_000, 200_000],
		[2_750_000, 5_000_000],
	])('%d → %d', (v, expected) => expect(niceCeil(v)).toBe(expected));
});

describe('smallChart', () => {
	it('keeps fixed scales fixed, so small changes stay small', () => {
		const c = smallChart([10, 20], domainFor([10, 20], [0, 100]));
		const plotH = SMALL_BOX.height - SMALL_BOX.top - SMALL_BOX.bottom;
		expect(c.baseY - c.points[1]!.y).toBeCloseTo(plotH * 0.2, 1);
		expect(c.zeroY).toBeNull();
	});
	it('draws a zero line inside the mood scale and clamps values to the scale', () => {
		const c = smallChart([-100, 0, 150], [-100, 100]);
		expect(c.zeroY).toBe(c.points[1]!.y);
		expect(c.points[2]!.y).toBe(c.topY);
		expect(c.line.split(' ')).toHaveLength(3);
	});
	it('starts open scales at zero and handles a single point', () => {
		expect(domainFor([0, 0], null)).toEqual([0, 1]);
		const c = smallChart([5], domainFor([5], null));
		expect(c.points[0]!.x).toBe(SMALL_BOX.left + (SMALL_BOX.width - SMALL_BOX.left - SMALL_BOX.right) / 2);
	});
});
