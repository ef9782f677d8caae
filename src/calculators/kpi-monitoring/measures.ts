/**
 * What the monthly review records. The first six are the monitoring measures chapter 3 takes
 * from the material (followers, interactions, posts by others, website visits, customers or
 * purchases, search hits); the last three describe the service: questions received, questions
 * answered and the average response time, from which answer rate and benchmark checks follow.
 */

export const CHAPTER_MEASURES = ['followers', 'interactions', 'mentions', 'visits', 'purchases', 'searches'] as const;
export const SERVICE_MEASURES = ['questions', 'answered', 'responseHours'] as const;
export const MEASURES = [...CHAPTER_MEASURES, ...SERVICE_MEASURES] as const;

export type ChapterMeasure = (typeof CHAPTER_MEASURES)[number];
export type MeasureId = (typeof MEASURES)[number];

/** Counts are whole numbers; the response time is hours with decimals („1,5“). */
export function isCount(measure: MeasureId): boolean {
	return measure !== 'responseHours';
}

/** Bounds that keep every derived value finite; generous enough for any real account. */
export const MEASURE_LIMITS: Readonly<Record<MeasureId, { min: number; max: number; integer: boolean }>> =
	Object.fromEntries(
		MEASURES.map((m) => [
			m,
			isCount(m) ? { min: 0, max: 1e12, integer: true } : { min: 0, max: 10_000, integer: false },
		]),
	) as Record<MeasureId, { min: number; max: number; integer: boolean }>;

/** Benchmark of the Socialbakers standard „Socially Devoted“ (2012): answer at least 65 % of questions. */
export const ANSWER_RATE_BENCHMARK = 65;

/** Lithium 2013: 53 % of those expecting a reply want it within one hour (72 % for complaints). */
export const RESPONSE_HOURS_BENCHMARK = 1;
