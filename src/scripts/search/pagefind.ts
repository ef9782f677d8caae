import { stripSplitMarkers } from '../../lib/search/compounds';

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
	subResults: { title: string; url: string; excerpt: string }[];
}

let api: Promise<PagefindApi> | undefined;

/** Load Pagefind from the site's own /pagefind/ folder (created by the build). */
export function loadPagefind(): Promise<PagefindApi> {
	api ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const module = (await import(/* @vite-ignore */ url)) as PagefindApi;
		await module.options({ excerptLength: 24 });
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

/** Run a search and return up to `limit` hits with the compound helpers stripped from excerpts. */
export async function runSearch(term: string, type: string, limit = 10): Promise<SearchHit[]> {
	const pagefind = await loadPagefind();
	const response = await pagefind.search(term, type ? { filters: { typ: type } } : {});
	if (!response) return []; // A newer search superseded this one.
	const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
	return data.map((d) => ({
		url: d.url,
		title: d.meta['title'] ?? d.url,
		type: d.filters['typ']?.[0] ?? '',
		excerpt: stripSplitMarkers(d.excerpt),
		subResults: d.sub_results
			.filter((s) => s.url !== d.url)
			.slice(0, 3)
			.map((s) => ({ title: s.title, url: s.url, excerpt: stripSplitMarkers(s.excerpt) })),
	}));
}

/** Fill a „[COUNT] Treffer für „[TERM]““ template. */
export function countMessage(strings: { none: string; one: string; many: string }, count: number, term: string): string {
	const template = count === 0 ? strings.none : count === 1 ? strings.one : strings.many;
	return template.replace('[COUNT]', new Intl.NumberFormat('de-DE').format(count)).replace('[TERM]', term);
}
