/**
 * Turns imported files into one audience week (168 values) in the audience's time zone.
 */
import { QUARTER_HOUR_MS } from './import-core';
import { createSlotLookup } from './zone';
import { DAYS_PER_WEEK, HOURS_PER_DAY, HOURS_PER_WEEK, emptyWeek } from './week';

/** The parts of an import summary that carry counts. */
export interface AudienceSource {
	utcKeys: readonly number[];
	utcCounts: readonly number[];
	local: readonly number[];
	hours: readonly number[];
	weekdays: readonly number[];
}

export interface Audience {
	week: Float64Array;
	/** Sum over the week; 0 means there is nothing to go by. */
	total: number;
	/** Only weekday totals were given, so every hour of a day got the same share. */
	weekdaysOnly: boolean;
	/** Only an hour profile was given, so every day got the same profile. */
	hoursOnly: boolean;
}

const sum = (values: ArrayLike<number>): number => {
	let t = 0;
	for (let i = 0; i < values.length; i++) t += values[i] ?? 0;
	return t;
};

/**
 * Sum all sources into one week. Instants are placed with the zone's offset at that instant, so
 * a visit at 17:30 UTC counts for 18 h in winter and 19 h in summer in Berlin. Reports that give
 * hours and weekdays separately (Matomo) are combined as hour profile × weekday share, which
 * assumes every day has the same daily rhythm — the page says so.
 */
export function buildAudience(sources: readonly AudienceSource[], timeZone: string): Audience {
	const week = emptyWeek();
	const hours = new Float64Array(HOURS_PER_DAY);
	const days = new Float64Array(DAYS_PER_WEEK);
	const slotOf = createSlotLookup(timeZone);
	for (const src of sources) {
		for (let i = 0; i < HOURS_PER_WEEK; i++) week[i] = (week[i] ?? 0) + (src.local[i] ?? 0);
		for (let i = 0; i < src.utcKeys.length; i++) {
			const slot = slotOf((src.utcKeys[i] ?? 0) * QUARTER_HOUR_MS);
			week[slot] = (week[slot] ?? 0) + (src.utcCounts[i] ?? 0);
		}
		for (let h = 0; h < HOURS_PER_DAY; h++) hours[h] = (hours[h] ?? 0) + (src.hours[h] ?? 0);
		for (let d = 0; d < DAYS_PER_WEEK; d++) days[d] = (days[d] ?? 0) + (src.weekdays[d] ?? 0);
	}
	const hourTotal = sum(hours);
	const dayTotal = sum(days);
	for (let d = 0; d < DAYS_PER_WEEK; d++) {
		for (let h = 0; h < HOURS_PER_DAY; h++) {
			let add = 0;
			if (hourTotal > 0 && dayTotal > 0) add = ((hours[h] ?? 0) * (days[d] ?? 0)) / hourTotal;
			else if (hourTotal > 0) add = (hours[h] ?? 0) / DAYS_PER_WEEK;
			else if (dayTotal > 0) add = (days[d] ?? 0) / HOURS_PER_DAY;
			const slot = d * HOURS_PER_DAY + h;
			week[slot] = (week[slot] ?? 0) + add;
		}
	}
	return {
		week,
		total: sum(week),
		weekdaysOnly: dayTotal > 0 && hourTotal === 0,
		hoursOnly: hourTotal > 0 && dayTotal === 0,
	};
}

/** Scale a week so that its largest value is 1 (all zeros stay zeros). */
export function normalizeWeek(week: ArrayLike<number>): Float64Array {
	let max = 0;
	for (let i = 0; i < week.length; i++) max = Math.max(max, week[i] ?? 0);
	const out = new Float64Array(week.length);
	if (max > 0 && Number.isFinite(max)) for (let i = 0; i < week.length; i++) out[i] = (week[i] ?? 0) / max;
	return out;
}
