/**
 * The weekly plan: choose the hours with the highest total score such that
 *   - exactly the requested number of posts is placed (or as many as the rules allow),
 *   - any two posts are at least `minGapHours` apart, measured around the week (Sunday 22 h and
 *     Monday 1 h are 3 hours apart),
 *   - no post falls into an excluded hour.
 * Solved exactly by dynamic programming: fix the earliest post f, then the remaining posts form
 * a chain in (f, f + L − gap] that a DP over positions and counts fills optimally.
 */
export interface PlanConstraints {
	postsPerWeek: number;
	minGapHours: number;
	/** Per hour of the week: may a post be placed here? */
	allowed: ArrayLike<boolean>;
}

export interface Plan {
	/** Chosen hours, ascending. */
	slots: number[];
	/** Fewer than requested when the gap and the exclusions leave no room for more. */
	requested: number;
}

function topN(scores: ArrayLike<number>, allowed: ArrayLike<boolean>, n: number): number[] {
	const idx: number[] = [];
	for (let i = 0; i < scores.length; i++) if (allowed[i]) idx.push(i);
	idx.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
	return idx.slice(0, n).sort((a, b) => a - b);
}

/** Fill the DP table for a fixed first post f; returns the table and the last usable position. */
function runChain(
	scores: ArrayLike<number>,
	allowed: ArrayLike<boolean>,
	f: number,
	n: number,
	gap: number,
	dp: Float64Array,
): number {
	const len = scores.length;
	const upper = Math.max(f, Math.min(len - 1, f + len - gap));
	dp.fill(Number.NEGATIVE_INFINITY);
	const first = scores[f] ?? 0;
	for (let p = f; p <= upper; p++) dp[len + p] = first;
	for (let j = 2; j <= n; j++) {
		const row = j * len;
		const prev = (j - 1) * len;
		for (let p = f + 1; p <= upper; p++) {
			let best = dp[row + p - 1] ?? Number.NEGATIVE_INFINITY;
			if (allowed[p] && p - gap >= f) {
				const take = (dp[prev + p - gap] ?? Number.NEGATIVE_INFINITY) + (scores[p] ?? 0);
				if (take > best) best = take;
			}
			dp[row + p] = best;
		}
	}
	return upper;
}

/** Choose the posting hours of the week (see the module comment). */
export function planWeek(scores: ArrayLike<number>, c: PlanConstraints): Plan {
	const len = scores.length;
	const requested = Math.max(0, Math.floor(c.postsPerWeek));
	const gap = Math.max(1, Math.floor(c.minGapHours));
	if (requested === 0 || len === 0) return { slots: [], requested };
	if (gap <= 1) return { slots: topN(scores, c.allowed, requested), requested };

	const n = Math.max(1, Math.min(requested, Math.floor(len / gap)));
	const dp = new Float64Array((n + 1) * len);
	let bestF = -1;
	let bestCount = 0;
	let bestTotal = Number.NEGATIVE_INFINITY;
	for (let f = 0; f < len; f++) {
		if (!c.allowed[f]) continue;
		const upper = runChain(scores, c.allowed, f, n, gap, dp);
		for (let j = n; j >= 1; j--) {
			const total = dp[j * len + upper] ?? Number.NEGATIVE_INFINITY;
			if (total === Number.NEGATIVE_INFINITY) continue;
			if (j > bestCount || (j === bestCount && total > bestTotal)) {
				bestF = f;
				bestCount = j;
				bestTotal = total;
			}
			break;
		}
	}
	if (bestF < 0) return { slots: [], requested };

	// Walk the table of the winning start backwards to recover the chosen hours.
	let p = runChain(scores, c.allowed, bestF, n, gap, dp);
	const slots: number[] = [];
	for (let j = bestCount; j >= 2; j--) {
		while (p > bestF && dp[j * len + p] === dp[j * len + p - 1]) p--;
		slots.push(p);
		p -= gap;
	}
	slots.push(bestF);
	return { slots: slots.sort((a, b) => a - b), requested };
}
