import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planWeek } from './plan';
import { circularDistance } from './week';

const all = (n: number) => new Array<boolean>(n).fill(true);

function circular(len: number, a: number, b: number): number {
	const d = Math.abs(a - b) % len;
	return Math.min(d, len - d);
}

/** Best total by trying every subset (small lengths only). */
function bruteForce(scores: number[], n: number, gap: number, allowed: boolean[]): { count: number; total: number } {
	const len = scores.length;
	let best = { count: 0, total: Number.NEGATIVE_INFINITY };
	for (let mask = 1; mask < 1 << len; mask++) {
		const chosen = [...Array(len).keys()].filter((i) => mask & (1 << i));
		if (chosen.length > n || chosen.some((i) => !allowed[i])) continue;
		if (chosen.some((a, i) => chosen.some((b, j) => i < j && circular(len, a, b) < gap))) continue;
		const total = chosen.reduce((t, i) => t + (scores[i] ?? 0), 0);
		if (chosen.length > best.count || (chosen.length === best.count && total > best.total + 1e-12))
			best = { count: chosen.length, total };
	}
	return best;
}

describe('planWeek', () => {
	it('takes the best hours when no gap is needed', () => {
		const scores = Array.from({ length: 168 }, (_, i) => (i === 43 ? 5 : i === 100 ? 4 : i === 10 ? 3 : 0));
		expect(planWeek(scores, { postsPerWeek: 2, minGapHours: 0, allowed: all(168) }).slots).toEqual([43, 100]);
	});

	it('respects the gap even when the two best hours are neighbours', () => {
		const scores = Array.from({ length: 168 }, (_, i) => (i === 43 ? 5 : i === 44 ? 4.9 : i === 60 ? 1 : 0));
		expect(planWeek(scores, { postsPerWeek: 2, minGapHours: 12, allowed: all(168) }).slots).toEqual([43, 60]);
	});

	it('respects exclusions and reports when fewer posts fit', () => {
		const allowed = all(168).map((_, i) => i < 24);
		const plan = planWeek(new Array(168).fill(1), { postsPerWeek: 5, minGapHours: 12, allowed });
		expect(plan.slots).toHaveLength(2);
		expect(plan.requested).toBe(5);
		expect(
			planWeek(new Array(168).fill(1), { postsPerWeek: 3, minGapHours: 2, allowed: all(168).map(() => false) }).slots,
		).toEqual([]);
	});

	it('counts the gap around the week end', () => {
		const scores = Array.from({ length: 168 }, (_, i) => (i === 167 ? 5 : i === 2 ? 4 : i === 80 ? 1 : 0));
		expect(planWeek(scores, { postsPerWeek: 2, minGapHours: 6, allowed: all(168) }).slots).toEqual([80, 167]);
	});

	it('never breaks a constraint (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 168, maxLength: 168 }),
				fc.array(fc.boolean(), { minLength: 168, maxLength: 168 }),
				fc.integer({ min: 1, max: 42 }),
				fc.integer({ min: 0, max: 84 }),
				(scores, allowed, n, gap) => {
					const { slots } = planWeek(scores, { postsPerWeek: n, minGapHours: gap, allowed });
					expect(slots.length).toBeLessThanOrEqual(n);
					expect(new Set(slots).size).toBe(slots.length);
					for (const s of slots) expect(allowed[s]).toBe(true);
					for (const a of slots)
						for (const b of slots) if (a !== b) expect(circularDistance(a, b)).toBeGreaterThanOrEqual(Math.max(1, gap));
				},
			),
			{ numRuns: 150 },
		);
	});

	it('finds the optimum of small weeks (compared with brute force)', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 4, max: 12 })
					.chain((len) =>
						fc.tuple(
							fc.array(fc.integer({ min: 0, max: 20 }), { minLength: len, maxLength: len }),
							fc.array(fc.boolean(), { minLength: len, maxLength: len }),
							fc.integer({ min: 1, max: 5 }),
							fc.integer({ min: 1, max: 5 }),
						),
					),
				([scores, allowed, n, gap]) => {
					const plan = planWeek(scores, { postsPerWeek: n, minGapHours: gap, allowed });
					const best = bruteForce(scores, n, gap, allowed);
					expect(plan.slots.length).toBe(best.count);
					if (best.count > 0) expect(plan.slots.reduce((t, i) => t + (scores[i] ?? 0), 0)).toBeCloseTo(best.total);
				},
			),
			{ numRuns: 200 },
		);
	});
});
