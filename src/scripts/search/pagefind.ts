import { fillTemplate } from '../../lib/template';
import { promoteExactNames } from '../../lib/search/rank';

/** The parts of Pagefind's browser API this site uses. */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}
interface PagefindApi {
	options: (o: Record<string, unknown>) => Promise<void>;
	search: (
		term: string,
		o?: { filters?: Record<string, string> },
	) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindResultData> }[] } | null>;
	debouncedSearch?: unknown;
}

export interface SearchHit {
	url: string;
	title: string;
	type: string;
	excerpt: string;
	subResults: { title: string; url: string }[];
}

/**
 * Pagefind's ranking options (https://pagefind.app/docs/ranking/); the README explains them.
 * Metadata weights boost a result whose metadata field contains the query words:
 * - `title` 8 (Pagefind: 5): a page or term named like the query outranks pages that mention it;
 * - `titelteile` 4: parts of compounds in the title („Kommunikation“ → „Krisenkommunikation: …“);
 * - `auch` 3: a glossary term's synonyms are other names for it, worth almost a title;
 * - `teile` 0.5: parts of compounds in the text are mentions, worth less than a word in the text.
 * Heading weights (h1 7 … h6 2) and text-length normalisation stay at Pagefind's defaults.
 */
export const RANKING = {
	metaWeights: { title: 8, titelteile: 4, auch: 3, teile: 0.5 },
} as const;

let api: Promise<PagefindApi> | undefined;

/** Load Pagefind from the site's own /pagefind/ folder (created by the build). */
export function loadPagefind(): Promise<PagefindApi> {
	api ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const module = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await module.options({ excerptLength: 24, ranking: RANKING });
		return module;
	})();
	return api;
}

/** Add the search words to a result URL so that the target page can highlight them. */
export function withHighlight(url: string, term: string): string {
	const [path = '', hash] = url.split('#');
	const separator = path.includes('?') ? '&' : '?';
	const withParam = `${path}${separator}hl=${encodeURIComponent(term.trim())}`;
	return hash ? `${withParam}#${hash}` : withParam;
}

/**
 * Run a search and return up to `limit` hits, results named like the query first (see
 * `lib/search/rank.ts`). Sub-results are the sections of a page that match, at most three.
 */
export async function runSearch(term: string, type: string, limit = 10): Promise<SearchHit[]> {
	const pagefind = await loadPagefind();
	const response = await pagefind.search(term, type ? { filters: { typ: type } } : {});
	if (!response) return []; // A newer search superseded this one.
	const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
	const named = data.map((d) => ({
		d,
		title: d.meta['title'] ?? d.url,
		type: d.filters['typ']?.[0] ?? '',
		synonyms: d.meta['auch'],
	}));
	return promoteExactNames(term, named).map(({ d, title, type }) => ({
		url: d.url,
		title,
		type,
		excerpt: d.excerpt,
		subResults: d.sub_results
			.filter((s) => s.url !== d.url)
			.slice(0, 3)
			.map((s) => ({ title: s.title, url: s.url })),
	}));
}

/** „3 Treffer für „Persona“.“ from the dictionary's plural template. */
export function countMessage(strings: { results: string }, count: number, term: string): string {
	return fillTemplate(strings.results, { count, term });
}
