import { describe, expect, it } from 'vitest';
import { rankSlots } from './explain';
import { computeScores, decayWeights } from './score';
import { toSlot } from './week';

const week = (f: (s: number) => number) => Float64Array.from({ length: 168 }, (_, s) => f(s));

describe('rankSlots', () => {
	const audience = week((s) => (s === toSlot(1, 19) ? 1 : s === toSlot(1, 20) ? 0.8 : 0.1));
	const competition = week((s) => (s === toSlot(1, 17) || s === toSlot(2, 0) ? 2 : s === toSlot(3, 19) ? 1 : 0));
	const weights = decayWeights(90);
	const scores = computeScores(audience, competition, weights);

	it('ranks allowed hours by score with the numbers behind them', () => {
		const [first] = rankSlots(scores, audience, competition, weights, new Array(168).fill(true), 3);
		expect(first).toMatchObject({
			slot: toSlot(1, 19),
			rank: 1,
			scoreIndex: 100,
			audienceIndex: 100,
			visibleHours: 5,
			windowCompetition: 0,
			rising: false,
			gap: true,
		});
		// Only the faint tail of the post (after 90 % of its visibility) meets the competitor at 0 h.
		expect(first?.attentionLoss).toBeLessThan(1);
	});

	it('skips excluded hours and explains competition losses', () => {
		const allowed = Array.from({ length: 168 }, (_, s) => s !== toSlot(1, 19));
		const ranking = rankSlots(scores, audience, competition, weights, allowed, 168);
		expect(ranking.some((r) => r.slot === toSlot(1, 19))).toBe(false);
		const thursday = ranking.find((r) => r.slot === toSlot(3, 19));
		expect(thursday?.windowCompetition).toBe(1);
		expect(thursday?.attentionLoss).toBeGreaterThan(0);
		expect(ranking.find((r) => r.slot === toSlot(1, 18))?.rising).toBe(true);
	});
});
