/**
 * One recomputation of the whole model after any input changes: scores, ranking and plan.
 * Kept cheap (a few thousand multiplications and a small DP) so that it runs on every keystroke;
 * the bench measures it against the 10 ms budget.
 */
import { normalizeWeek } from './audience';
import { rankSlots, type SlotReason } from './explain';
import { planWeek, type Plan } from './plan';
import { computeScores, decayWeights, hoursVisible } from './score';

export interface ModelInput {
	/** Audience per hour of the week, any scale. */
	audience: ArrayLike<number>;
	competition: ArrayLike<number>;
	halfLifeMinutes: number;
	postsPerWeek: number;
	minGapHours: number;
	allowed: ArrayLike<boolean>;
}

export interface ModelResult {
	/** Audience scaled to 0–1. */
	audience: Float64Array;
	competition: ArrayLike<number>;
	scores: Float64Array;
	/** Scores scaled so that the best hour is 1. */
	scoreIndex: Float64Array;
	ranking: SlotReason[];
	plan: Plan;
	visibleHours: number;
}

/** Run the model (see score.ts for the formula, plan.ts for the plan). */
export function computeModel(input: ModelInput): ModelResult {
	const audience = normalizeWeek(input.audience);
	const weights = decayWeights(input.halfLifeMinutes);
	const scores = computeScores(audience, input.competition, weights);
	return {
		audience,
		competition: input.competition,
		scores,
		scoreIndex: normalizeWeek(scores),
		ranking: rankSlots(scores, audience, input.competition, weights, input.allowed, 10),
		plan: planWeek(scores, {
			postsPerWeek: input.postsPerWeek,
			minGapHours: input.minGapHours,
			allowed: input.allowed,
		}),
		visibleHours: hoursVisible(weights),
	};
}
