/**
 * Highlight the words of a search on the page it led to (`?hl=Reichweite`). Matches are word
 * prefixes, like Pagefind's, and case-insensitive; only text inside <main> is touched.
 */
/**
 * Text that is not content: code, form fields, earlier marks and everything outside the search
 * index. A glossary term's heading and synonyms are left out of its search record only so that the
 * excerpt shows the definition (see glossar.astro); on the page they are content.
 */
function skipped(element: Element | null): boolean {
	if (!element || element.closest('script, style, mark, input, textarea')) return true;
	const ignored = element.closest('[data-pagefind-ignore]');
	return ignored !== null && ignored.closest('[data-search-record]') === null;
}

export function highlightTerms(root: HTMLElement, query: string): number {
	const words = query
		.split(/\s+/)
		.map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
		.filter((w) => w.length >= 2);
	if (words.length === 0) return 0;
	const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})`, 'giu');
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (skipped(node.parentElement) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	let count = 0;
	for (const node of nodes) {
		const text = node.data;
		pattern.lastIndex = 0;
		if (!pattern.test(text)) continue;
		pattern.lastIndex = 0;
		const fragment = document.createDocumentFragment();
		let last = 0;
		for (const match of text.matchAll(pattern)) {
			const start = match.index;
			fragment.append(text.slice(last, start));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = match[0];
			fragment.append(mark);
			last = start + match[0].length;
			count++;
		}
		fragment.append(text.slice(last));
		node.replaceWith(fragment);
	}
	return count;
}

/** Apply `?hl=` on page load. */
export function initHighlight(): void {
	const query = new URLSearchParams(window.location.search).get('hl');
	const main = document.getElementById('inhalt');
	if (query && main) highlightTerms(main, query);
}
