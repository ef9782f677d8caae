/**
 * Pagefind ranks by relevance (BM25 plus metadata boosts, see `scripts/search/pagefind.ts`). One
 * thing it cannot know: that a result is *named* exactly what the reader typed. Its title boost
 * counts a query word that is only the start of a title word („Echtzeit“ in „Echtzeitkommunikation“)
 * as a full match. So whoever types a chapter's or a term's name gets that chapter or term first:
 * results whose name equals the query move to the top, in Pagefind's order otherwise.
 */

/** Compare names without case, accents, hyphens, quotes or extra spaces: „Social-Media“ = „social media“. */
export function normalizeName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[„“”"'’‚‘«»]/g, '')
		.replace(/[-‐–—_/:.,;!?()[\]]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The names a result goes by: its title, the title without a parenthesis and the parenthesis alone
 * („Customer Relationship Management (CRM)“ is also „CRM“).
 */
export function titleNames(title: string): string[] {
	const names = [title];
	const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(title);
	if (match?.[1] && match[2]) names.push(match[1], match[2]);
	return names.map(normalizeName).filter((name) => name.length > 0);
}

/** What the ranking needs to know about one result. */
export interface Named {
	title: string;
	/** The result's type (Pagefind filter `typ`): a chapter wins a tie of names. */
	type?: string | undefined;
	/** Other names, comma-separated (glossary synonyms). */
	synonyms?: string | undefined;
}

/**
 * 0: a chapter titled like the query („Big Data“ is a chapter and a term); 1: another result titled
 * like it; 2: a result with the query among its synonyms; 3: everything else.
 */
export function nameTier(query: string, item: Named): 0 | 1 | 2 | 3 {
	const wanted = normalizeName(query);
	if (!wanted) return 3;
	if (titleNames(item.title).includes(wanted)) return item.type === 'Kapitel' ? 0 : 1;
	const synonyms = (item.synonyms ?? '').split(',').map(normalizeName);
	return synonyms.includes(wanted) ? 2 : 3;
}

/** Move results named exactly like the query to the top; otherwise keep the given order. */
export function promoteExactNames<T extends Named>(query: string, items: readonly T[]): T[] {
	return items
		.map((item, index) => ({ item, index, tier: nameTier(query, item) }))
		.sort((a, b) => a.tier - b.tier || a.index - b.index)
		.map(({ item }) => item);
}
