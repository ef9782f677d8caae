/**
 * Every page says when its content was last checked („Stand“). Pages built from several chapters
 * (index, exercises, glossary, print) are only as current as their newest chapter review.
 */

/** The newest of several ISO dates (YYYY-MM-DD sort as text); throws on an empty list so a page cannot go without a date. */
export function newestDate(dates: readonly string[]): string {
	if (dates.length === 0) throw new Error('newestDate: keine Datumsangabe übergeben');
	return dates.reduce((newest, d) => (d > newest ? d : newest));
}

/**
 * Review dates of pages that are not built from chapters or calculators. Change a date only after
 * reading the page against its sources again.
 */
export const PAGE_REVIEWED = {
	start: '2026-12-05',
	about: '2026-12-05',
	privacy: '2026-12-05',
	search: '2026-12-05',
	notFound: '2026-12-05',
	calculators: '2026-12-05',
} as const;
