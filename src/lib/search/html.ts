/**
 * A small HTML reader for the search build: which text Pagefind will index, and which parts of a
 * page become search results of their own. The site's HTML is our own, well-formed output, so a
 * tag scanner is enough; no DOM library is needed at build time.
 */

export const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
/** Elements whose text Pagefind never indexes (its own list of removed selectors). */
const SKIPPED = new Set([
	'head',
	'style',
	'script',
	'noscript',
	'label',
	'form',
	'svg',
	'footer',
	'nav',
	'iframe',
	'template',
]);
/** Elements whose content is raw text, so `<` inside them starts no tag. */
const RAW = new Set(['script', 'style']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

export interface Tag {
	name: string;
	closing: boolean;
	attrs: string;
	start: number;
	end: number;
}

/** The tags of a document in order, skipping comments and the content of scripts and styles. */
export function* tags(html: string): Generator<Tag> {
	TAG.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = TAG.exec(html))) {
		if (!match[2]) continue; // A comment.
		const name = match[2].toLowerCase();
		const closing = match[1] === '/';
		yield { name, closing, attrs: match[3] ?? '', start: match.index, end: TAG.lastIndex };
		if (!closing && RAW.has(name)) {
			const close = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
			TAG.lastIndex = close < 0 ? html.length : close;
		}
	}
}

/** The value of an attribute in a tag's attribute text, `''` for a bare attribute, else undefined. */
export function attribute(attrs: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(
		attrs,
	);
	if (!match) return undefined;
	return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Decode the character references Astro writes into text. */
export function decodeEntities(text: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
	return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
		if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
		return named[ref.toLowerCase()] ?? whole;
	});
}

/** The title and text Pagefind will read from a page, as plain text. */
export interface SearchText {
	/** The element marked `data-pagefind-meta="title"`, else the first `h1` of the indexed region. */
	title: string;
	/** Everything inside `data-pagefind-body` that is neither ignored nor skipped. */
	text: string;
}

/** Read the title and the indexed text of a page the way Pagefind will index it. */
export function searchText(html: string): SearchText {
	const stack: { name: string; body: boolean; hidden: boolean }[] = [];
	const text: string[] = [];
	const titles: { meta?: string; h1?: string } = {};
	// The title element being read: its kind, the stack depth it sits at and its text so far.
	let reading: { kind: 'meta' | 'h1'; depth: number; parts: string[] } | undefined;
	let last = 0;
	for (const tag of tags(html)) {
		const between = html.slice(last, tag.start);
		last = tag.end;
		const parent = stack[stack.length - 1];
		if (parent?.body && !parent.hidden) text.push(between);
		reading?.parts.push(between);
		if (tag.closing) {
			// Close up to the matching element, as browsers do with stray tags.
			const index = stack.map((e) => e.name).lastIndexOf(tag.name);
			if (index >= 0) stack.splice(index);
			if (reading && stack.length <= reading.depth) {
				titles[reading.kind] ??= clean(reading.parts.join(' '));
				reading = undefined;
			}
			continue;
		}
		if (VOID.has(tag.name) || tag.attrs.trimEnd().endsWith('/')) continue;
		const startsBody = attribute(tag.attrs, 'data-pagefind-body') !== undefined;
		const body = (parent?.body ?? false) || startsBody;
		const ignored = attribute(tag.attrs, 'data-pagefind-ignore') !== undefined || SKIPPED.has(tag.name);
		const hidden = (parent?.hidden ?? false) || (!startsBody && ignored);
		if (!reading && titles.meta === undefined && attribute(tag.attrs, 'data-pagefind-meta')?.trim() === 'title') {
			reading = { kind: 'meta', depth: stack.length, parts: [] };
		} else if (!reading && titles.h1 === undefined && tag.name === 'h1' && body && !hidden) {
			reading = { kind: 'h1', depth: stack.length, parts: [] };
		}
		stack.push({ name: tag.name, body, hidden });
	}
	return { title: titles.meta ?? titles.h1 ?? '', text: clean(text.join(' ')) };
}

/** Collapse whitespace and decode references in the text between tags. */
function clean(text: string): string {
	return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** A part of a page that is indexed as a search result of its own. */
export interface SearchRecord {
	/** The anchor the result links to (the element's `data-search-record` value). */
	id: string;
	/** The element's outer HTML. */
	html: string;
}

/**
 * Cut the elements marked `data-search-record="<anchor>"` out of a page. They become results of
 * their own (a glossary term links to `/glossar/#<anchor>`), and the page that remains is indexed
 * without them, so that it does not compete with its own parts.
 */
export function extractRecords(html: string): { page: string; records: SearchRecord[] } {
	const records: SearchRecord[] = [];
	const cuts: [number, number][] = [];
	const stack: { name: string; start: number; id?: string }[] = [];
	for (const tag of tags(html)) {
		if (tag.closing) {
			const index = stack.map((e) => e.name).lastIndexOf(tag.name);
			if (index < 0) continue;
			const [opened] = stack.splice(index);
			if (opened?.id !== undefined && !stack.some((e) => e.id !== undefined)) {
				records.push({ id: opened.id, html: html.slice(opened.start, tag.end) });
				cuts.push([opened.start, tag.end]);
			}
			continue;
		}
		if (VOID.has(tag.name) || tag.attrs.trimEnd().endsWith('/')) continue;
		const id = attribute(tag.attrs, 'data-search-record');
		stack.push({ name: tag.name, start: tag.start, ...(id ? { id } : {}) });
	}
	let page = html;
	for (const [start, end] of cuts.reverse()) page = page.slice(0, start) + page.slice(end);
	return { page, records };
}
