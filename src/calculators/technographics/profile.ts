import { RUNGS, type Rung } from './rungs';
import type { RungCounts } from './classify';
import { wilsonInterval } from './wilson';

/** One rung of an own-group profile: the count, the share and its 95 % Wilson interval, in percent. */
export interface RungShare {
	count: number;
	share: number;
	low: number;
	high: number;
}

/** Shares per rung; `null` for rungs that were not surveyed. */
export type ProfileShares = Record<Rung, RungShare | null>;

/** A rung value in percent, as published data sets and profiles both provide. */
export type RungValues = Record<Rung, number | null>;

/** Turn counts into shares with intervals. Returns `null` unless n is a positive whole number. */
export function buildProfile(n: number, counts: RungCounts): ProfileShares | null {
	if (!Number.isInteger(n) || n <= 0) return null;
	const entries = RUNGS.map((rung): [Rung, RungShare | null] => {
		const count = counts[rung];
		if (count === null || !Number.isInteger(count) || count < 0 || count > n) return [rung, null];
		const interval = wilsonInterval(count, n);
		if (!interval) return [rung, null];
		return [rung, { count, share: (count / n) * 100, ...interval }];
	});
	return Object.fromEntries(entries) as ProfileShares;
}

/** The shares of a profile as plain values, for indexing and charts. */
export function profileValues(profile: ProfileShares): RungValues {
	return Object.fromEntries(RUNGS.map((r) => [r, profile[r]?.share ?? null])) as RungValues;
}

/**
 * Index against a reference as Forrester's profile tool showed it: value ÷ reference × 100, so
 * 100 means „as common as in the reference“. `null` when either value is missing or the
 * reference is 0 (no meaningful ratio).
 */
export function indexValue(value: number | null, reference: number | null): number | null {
	if (
		value === null ||
		reference === null ||
		!Number.isFinite(value) ||
		!Number.isFinite(reference) ||
		reference <= 0
	) {
		return null;
	}
	const index = (value / reference) * 100;
	return Number.isFinite(index) ? index : null;
}

/** Index every rung against the same rung of the reference. */
export function indexProfile(values: RungValues, reference: RungValues): RungValues {
	return Object.fromEntries(RUNGS.map((r) => [r, indexValue(values[r], reference[r])])) as RungValues;
}

/** Whether a data set or profile has a value for every rung (a full ladder). */
export function isCompleteLadder(values: RungValues): boolean {
	return RUNGS.every((r) => r === 'conversationalists' || values[r] !== null);
}
