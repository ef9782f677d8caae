/** The kinds of page the search can filter by (Pagefind filter `typ`). */
export const PAGE_TYPES = ['Kapitel', 'Übung', 'Rechner', 'Glossar', 'Seite'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** One step of the breadcrumb trail. The current page is the last crumb and has no link. */
export interface Crumb {
	label: string;
	href?: string;
}
