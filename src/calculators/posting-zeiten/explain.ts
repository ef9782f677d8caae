/**
 * The facts behind a slot's rank, as numbers; the island turns them into German sentences with
 * templates from the dictionary, so this module stays free of UI text.
 */
import { attentionShare, hoursVisible } from './score';
import { HOURS_PER_WEEK, shiftSlot } from './week';

export interface SlotReason {
	slot: number;
	/** 1 = best allowed hour. */
	rank: number;
	/** Score relative to the best hour of the week, 0–100. */
	scoreIndex: number;
	/** Audience at the posting hour relative to the busiest hour, 0–100. */
	audienceIndex: number;
	/** Visibility-weighted mean audience over the post's life, 0–100. */
	windowAudience: number;
	/** Hours until 90 % of the visibility has passed. */
	visibleHours: number;
	/** Competitor posts within those hours. */
	windowCompetition: number;
	/** Share of attention lost to competitors, 0–100. */
	attentionLoss: number;
	/** The audience grows in the next hour, so the post is already there when people arrive. */
	rising: boolean;
	/** No competition in the window, but some just before or after: „Rein in die Lücke“. */
	gap: boolean;
}

/** The `limit` best allowed hours with the numbers that explain them. */
export function rankSlots(
	scores: ArrayLike<number>,
	audience: ArrayLike<number>,
	competition: ArrayLike<number>,
	weights: ArrayLike<number>,
	allowed: ArrayLike<boolean>,
	limit = 10,
): SlotReason[] {
	let best = 0;
	for (let s = 0; s < HOURS_PER_WEEK; s++) best = Math.max(best, scores[s] ?? 0);
	const order: number[] = [];
	for (let s = 0; s < HOURS_PER_WEEK; s++) if (allowed[s]) order.push(s);
	order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
	const share = attentionShare(audience, competition);
	const visible = hoursVisible(weights);
	return order.slice(0, limit).map((slot, i) => {
		let windowAudience = 0;
		let competitionCost = 0;
		for (let k = 0; k < weights.length; k++) {
			const h = shiftSlot(slot, k);
			const w = weights[k] ?? 0;
			windowAudience += w * Math.max(0, audience[h] ?? 0);
			competitionCost += w * (Math.max(0, audience[h] ?? 0) - (share[h] ?? 0));
		}
		let windowCompetition = 0;
		for (let k = 0; k < visible; k++) windowCompetition += competition[shiftSlot(slot, k)] ?? 0;
		let around = 0;
		for (let k = 1; k <= 3; k++)
			around += (competition[shiftSlot(slot, -k)] ?? 0) + (competition[shiftSlot(slot, visible - 1 + k)] ?? 0);
		return {
			slot,
			rank: i + 1,
			scoreIndex: best > 0 ? ((scores[slot] ?? 0) / best) * 100 : 0,
			audienceIndex: Math.max(0, audience[slot] ?? 0) * 100,
			windowAudience: windowAudience * 100,
			visibleHours: visible,
			windowCompetition,
			attentionLoss: windowAudience > 0 ? (competitionCost / windowAudience) * 100 : 0,
			rising: (audience[shiftSlot(slot, 1)] ?? 0) > (audience[slot] ?? 0),
			gap: windowCompetition === 0 && around > 0,
		};
	});
}
