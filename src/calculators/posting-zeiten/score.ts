/**
 * The score of each posting hour.
 *
 *   score(s) = Σ_{k=0}^{K−1} w_k · A(s+k) / (1 + C(s+k))
 *
 *   A(h)  audience activity in hour h of the week, scaled so that the busiest hour is 1
 *   C(h)  number of competitor posts in hour h („10 Unternehmen in einer Stunde“ split the
 *         attention, our own post being the 1 in 1 + C)
 *   w_k   share of the post's visibility that falls into the k-th hour after posting, for a
 *         visibility that halves every T minutes (half-life):
 *           w_k = 2^(−60k/T) · (1 − 2^(−60/T)),  normalised so that Σ w_k = 1
 *   K     hours until less than 1 % of the visibility is left (at most one week); the week
 *         wraps, so a post on Sunday night reaches Monday morning.
 *
 * Because the weights sum to 1, a score is an average audience share: 1 would mean the post
 * spends its whole visible life in the busiest hour without any competition.
 */
import { HOURS_PER_WEEK } from './week';

/** Visibility weights per hour after posting for a half-life in minutes. */
export function decayWeights(halfLifeMinutes: number): Float64Array {
	const t = Math.min(Math.max(halfLifeMinutes, 1), 60 * 24 * 30);
	const perHour = 2 ** (-60 / t);
	// Hours until 99 % of the visibility is used up: perHour^K ≤ 0.01.
	const k = Math.min(HOURS_PER_WEEK, Math.max(1, Math.ceil(Math.log(0.01) / Math.log(perHour))));
	const weights = new Float64Array(k);
	let total = 0;
	for (let i = 0; i < k; i++) {
		weights[i] = perHour ** i * (1 - perHour);
		total += weights[i] ?? 0;
	}
	for (let i = 0; i < k; i++) weights[i] = (weights[i] ?? 0) / total;
	return weights;
}

/** Hours until the given share (e.g. 0.9) of a post's visibility has passed. */
export function hoursVisible(weights: ArrayLike<number>, share = 0.9): number {
	let acc = 0;
	for (let i = 0; i < weights.length; i++) {
		acc += weights[i] ?? 0;
		if (acc >= share - 1e-9) return i + 1;
	}
	return weights.length;
}

/** Audience reachable per hour: A(h) / (1 + C(h)). Negative or non-finite input counts as 0. */
export function attentionShare(audience: ArrayLike<number>, competition: ArrayLike<number>): Float64Array {
	const out = new Float64Array(HOURS_PER_WEEK);
	for (let h = 0; h < HOURS_PER_WEEK; h++) {
		const a = audience[h] ?? 0;
		const c = competition[h] ?? 0;
		const safeA = Number.isFinite(a) && a > 0 ? a : 0;
		const safeC = Number.isFinite(c) && c > 0 ? c : 0;
		out[h] = safeA / (1 + safeC);
	}
	return out;
}

/** The score of all 168 posting hours (see the formula above). */
export function computeScores(
	audience: ArrayLike<number>,
	competition: ArrayLike<number>,
	weights: ArrayLike<number>,
): Float64Array {
	const share = attentionShare(audience, competition);
	const scores = new Float64Array(HOURS_PER_WEEK);
	for (let s = 0; s < HOURS_PER_WEEK; s++) {
		let total = 0;
		for (let k = 0; k < weights.length; k++) total += (weights[k] ?? 0) * (share[(s + k) % HOURS_PER_WEEK] ?? 0);
		scores[s] = total;
	}
	return scores;
}
