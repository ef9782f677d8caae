/**
 * What the monthly review shows per month: answer rate, the benchmark checks and the change of
 * every series against the previous month. A value that is missing, or a previous value of 0 for
 * a percentage, gives `null` – never NaN or Infinity.
 */
import { ANSWER_RATE_BENCHMARK, CHAPTER_MEASURES, RESPONSE_HOURS_BENCHMARK, type ChapterMeasure } from './measures';
import type { ParsedMonth } from './months';

/** The series drawn as charts: the six chapter measures, answer rate and response time. */
export const SERIES = [...CHAPTER_MEASURES, 'answerRate', 'responseHours'] as const;
export type SeriesId = (typeof SERIES)[number];
export type SeriesUnit = 'count' | 'percent' | 'hours';

export function seriesUnit(id: SeriesId): SeriesUnit {
	if (id === 'answerRate') return 'percent';
	if (id === 'responseHours') return 'hours';
	return 'count';
}

export interface Change {
	/** Difference to the previous month (percentage points for the answer rate). */
	abs: number;
	/** Relative change in per cent; `null` when the previous value is 0 or the unit is a percentage. */
	pct: number | null;
}

/** Answered ÷ received × 100, or `null` without questions. */
export function answerRate(m: ParsedMonth): number | null {
	const { questions, answered } = m.values;
	if (questions === null || answered === null || questions === 0) return null;
	return (answered / questions) * 100;
}

/** The value of a series in one month. */
export function seriesValue(m: ParsedMonth, id: SeriesId): number | null {
	if (id === 'answerRate') return answerRate(m);
	if (id === 'responseHours') return m.values.responseHours;
	return m.values[id as ChapterMeasure];
}

/** Change from `previous` to `current`; `null` when either is missing. */
export function change(previous: number | null, current: number | null, unit: SeriesUnit): Change | null {
	if (previous === null || current === null) return null;
	const abs = current - previous;
	const pct = unit === 'percent' || previous === 0 ? null : (abs / previous) * 100;
	return { abs, pct };
}

export interface SeriesPoint {
	value: number | null;
	change: Change | null;
}

/** One series over all months, each with its change against the month before. */
export function seriesOf(months: readonly ParsedMonth[], id: SeriesId): SeriesPoint[] {
	const unit = seriesUnit(id);
	return months.map((m, i) => {
		const value = seriesValue(m, id);
		const prev = i > 0 ? seriesValue(months[i - 1] as ParsedMonth, id) : null;
		return { value, change: i > 0 ? change(prev, value, unit) : null };
	});
}

export interface ServiceCheck {
	answerRate: number | null;
	/** At least the 65 % of „Socially Devoted“; `null` without an answer rate. */
	meetsAnswerBenchmark: boolean | null;
	responseHours: number | null;
	/** Average response within one hour; `null` without a response time. */
	withinHour: boolean | null;
}

export function serviceCheck(m: ParsedMonth): ServiceCheck {
	const rate = answerRate(m);
	const hours = m.values.responseHours;
	return {
		answerRate: rate,
		meetsAnswerBenchmark: rate === null ? null : rate >= ANSWER_RATE_BENCHMARK,
		responseHours: hours,
		withinHour: hours === null ? null : hours <= RESPONSE_HOURS_BENCHMARK,
	};
}
