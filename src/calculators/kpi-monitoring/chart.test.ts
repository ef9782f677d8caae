import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHART_BOX, lineChart } from './chart';

describe('lineChart', () => {
	it('spreads months evenly and puts the largest value on the top line', () => {
		const g = lineChart([0, 50, 100]);
		expect(g.xs).toEqual([12, 160, 308]);
		expect(g.points.map((p) => p.y)).toEqual([g.baseY, (g.baseY + g.topY) / 2, g.topY]);
		expect(g.segments).toEqual([`12,${g.baseY} 160,${(g.baseY + g.topY) / 2} 308,${g.topY}`]);
	});
	it('breaks the line where a month is not recorded', () => {
		const g = lineChart([1, 2, null, 3, 4]);
		expect(g.segments).toHaveLength(2);
		expect(g.points.map((p) => p.index)).toEqual([0, 1, 3, 4]);
	});
	it('handles flat, empty and single series without dividing by zero', () => {
		expect(lineChart([0, 0]).points.every((p) => p.y === lineChart([0, 0]).baseY)).toBe(true);
		expect(lineChart([null, null]).points).toEqual([]);
		expect(lineChart([5]).xs).toEqual([160]);
	});
	it('keeps every coordinate finite and inside the drawing', () => {
		fc.assert(
			fc.property(
				fc.array(fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: null }), {
					minLength: 1,
					maxLength: 60,
				}),
				(values) => {
					const g = lineChart(values);
					for (const p of g.points) {
						expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
						expect(p.x).toBeGreaterThanOrEqual(0);
						expect(p.x).toBeLessThanOrEqual(CHART_BOX.width);
						expect(p.y).toBeGreaterThanOrEqual(CHART_BOX.top - 0.01);
						expect(p.y).toBeLessThanOrEqual(CHART_BOX.height - CHART_BOX.bottom + 0.01);
					}
				},
			),
		);
	});
	it('draws a larger value higher (smaller y)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (a, b) => {
				const [p, q] = lineChart([a, a + b]).points;
				expect(q?.y).toBeLessThanOrEqual(p?.y ?? 0);
			}),
		);
	});
});
