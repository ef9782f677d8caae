import { buildVocabulary, compoundParts } from '../lib/search/compounds';
import { extractRecords, searchText } from '../lib/search/html';

/** One document for the Pagefind index: a built page, or a part of one with its own URL. */
export interface SearchDocument {
	/** Path of the built file (Pagefind derives the URL) or the explicit URL of a record. */
	source: { sourcePath: string } | { url: string };
	html: string;
}

/** The address a built file is served at: `glossar/index.html` → `/glossar/`. */
export function pageUrl(file: string): string {
	const path = file
		.split('\\')
		.join('/')
		.replace(/(^|\/)index\.html$/, '$1');
	return `/${path}`;
}

/** A record's element as a document of its own; its attributes carry title, filters and meta. */
function recordDocument(element: string): string {
	return `<!doctype html><html lang="de"><head></head><body><main data-pagefind-body>${element}</main></body></html>`;
}

/**
 * Split the built pages into search documents: every page with a `data-pagefind-body`, and every
 * element marked `data-search-record` as a result of its own (glossary terms), cut out of its page.
 * Pages without `data-pagefind-body` (start page, print page, search page) are not indexed.
 */
export function searchDocuments(pages: { file: string; html: string }[]): SearchDocument[] {
	const documents: SearchDocument[] = [];
	for (const { file, html } of pages) {
		if (!html.includes('data-pagefind-body')) continue;
		const { page, records } = extractRecords(html);
		documents.push({ source: { sourcePath: file.split('\\').join('/') }, html: page });
		for (const record of records) {
			documents.push({ source: { url: `${pageUrl(file)}#${record.id}` }, html: recordDocument(record.html) });
		}
	}
	return documents;
}

/** Quote a value for a double-quoted HTML attribute. */
function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Add the parts of German compounds as hidden, searchable Pagefind metadata: `titelteile` for the
 * compounds in the title, `teile` for those in the text. A query for „Kommunikation“ then finds
 * „Krisenkommunikation“, while titles, headings and excerpts show only the page's own words.
 */
export function withCompoundParts(html: string, vocab: Set<string>): string {
	const { title, text } = searchText(html);
	const titleParts = compoundParts(title, vocab);
	const textParts = compoundParts(text, vocab).filter((part) => !titleParts.includes(part));
	const fields: [key: string, parts: string[]][] = [
		['titelteile', titleParts],
		['teile', textParts],
	];
	const tags = fields
		.filter(([, parts]) => parts.length > 0)
		.map(([key, parts]) => `<meta data-pagefind-meta="${key}[content]" content="${attr(parts.join(' '))}">`)
		.join('');
	if (!tags) return html;
	const head = html.indexOf('</head>');
	if (head < 0) throw new Error('Suchindex: Dokument ohne </head> – die Wortteile haben keinen Platz.');
	return html.slice(0, head) + tags + html.slice(head);
}

/** The vocabulary of all indexed text, from which compounds are split. */
export function documentVocabulary(documents: SearchDocument[]): Set<string> {
	return buildVocabulary(documents.map((d) => searchText(d.html).text));
}
