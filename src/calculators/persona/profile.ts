/**
 * Reads rung shares from the Technographics calculator's saved profile. Only the exported type
 * of that store is used here, so the two calculators stay coupled through one data shape.
 */
import type { TechnographicsResult } from '../../stores/technographics';
import { RUNGS, type Rung } from '../../lib/technographics-rungs';

/** Shares in percent rounded to one decimal, or `undefined` when there is no usable profile. */
export function sharesFromProfile(
	result: Pick<TechnographicsResult, 'rungs'> | null | undefined,
): Partial<Record<Rung, number>> | undefined {
	if (!result) return undefined;
	const out: Partial<Record<Rung, number>> = {};
	for (const rung of RUNGS) {
		const share = result.rungs[rung]?.share;
		if (typeof share === 'number' && Number.isFinite(share) && share >= 0 && share <= 100)
			out[rung] = Math.round(share * 10) / 10 + 0;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}
