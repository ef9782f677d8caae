import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attentionShare, computeScores, decayWeights, hoursVisible } from './score';
import { toSlot } from './week';

const week = (f: (s: number) => number) => Float64Array.from({ length: 168 }, (_, s) => f(s));

describe('decayWeights', () => {
	it('sums to 1 and halves every half-life', () => {
		const w = decayWeights(60);
		expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect((w[1] ?? 0) / (w[0] ?? 1)).toBeCloseTo(0.5);
		expect(w.length).toBe(7); // 2^-7 < 1 %
	});

	it('keeps a tweet (24 min) mostly in its first hour and a Facebook post (90 min) longer', () => {
		expect(decayWeights(24)[0]).toBeGreaterThan(0.8);
		expect(hoursVisible(decayWeights(24))).toBe(2);
		expect(hoursVisible(decayWeights(90))).toBe(5);
	});

	it('caps very long half-lives at one week', () => {
		expect(decayWeights(43_200).length).toBe(168);
	});
});

describe('computeScores', () => {
	it('rewards the hour in which the post meets its audience', () => {
		const audience = week((s) => (s === toSlot(1, 19) ? 1 : 0.1));
		const scores = computeScores(
			audience,
			week(() => 0),
			decayWeights(24),
		);
		expect(scores.indexOf(Math.max(...scores))).toBe(toSlot(1, 19));
	});

	it('divides the audience by 1 + competitor posts', () => {
		expect(Array.from(attentionShare([1, 1, 0.5], [0, 1, 4])).slice(0, 3)).toEqual([1, 0.5, 0.1]);
		const audience = week((s) => (s === toSlot(1, 19) || s === toSlot(2, 19) ? 1 : 0));
		const competition = week((s) => (s === toSlot(1, 19) ? 9 : 0));
		const scores = computeScores(audience, competition, decayWeights(30));
		expect(scores.indexOf(Math.max(...scores))).toBe(toSlot(2, 19));
	});

	it('wraps from Sunday night into Monday', () => {
		const audience = week((s) => (s === 0 ? 1 : 0));
		const scores = computeScores(
			audience,
			week(() => 0),
			decayWeights(120),
		);
		expect(scores[167]).toBeGreaterThan(0);
	});

	it('is always finite and non-negative (property)', () => {
		const value = fc.oneof(
			fc.double({ min: -1e6, max: 1e300, noNaN: false }),
			fc.constant(0),
			fc.constant(Number.POSITIVE_INFINITY),
		);
		fc.assert(
			fc.property(
				fc.array(value, { minLength: 168, maxLength: 168 }),
				fc.array(value, { minLength: 168, maxLength: 168 }),
				fc.double({ min: 0, max: 1e7, noNaN: true }),
				(a, c, t) => {
					const safeA = a.map((x) => (Number.isFinite(x) ? Math.min(Math.max(x, 0), 1) : 0));
					const scores = computeScores(safeA, c, decayWeights(t));
					expect(scores.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
				},
			),
			{ numRuns: 200 },
		);
	});
});
