import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../lib/search/compounds';
import { documentVocabulary, pageUrl, searchDocuments, withCompoundParts } from './search-records';

const page = (main: string) =>
	`<!doctype html><html lang="de"><head><title>T</title></head><body><main data-pagefind-body>${main}</main></body></html>`;

describe('pageUrl', () => {
	it.each([
		['index.html', '/'],
		['glossar/index.html', '/glossar/'],
		['kapitel/echtzeit/index.html', '/kapitel/echtzeit/'],
	])('%s → %s', (file, url) => {
		expect(pageUrl(file)).toBe(url);
	});
});

describe('searchDocuments', () => {
	const glossary = page(
		'<h1>Glossar</h1><p>Begriffe</p><article data-search-record="kulanz" data-pagefind-filter="typ:Glossar"><h3 id="kulanz" data-pagefind-ignore><dfn data-pagefind-meta="title">Kulanz</dfn></h3><p>Entgegenkommen</p></article>',
	);
	const documents = searchDocuments([
		{ file: 'glossar/index.html', html: glossary },
		{ file: 'drucken/index.html', html: '<html><body><main><h1>Buch</h1></main></body></html>' },
	]);

	it('makes each record a document linked to its anchor and leaves unindexed pages out', () => {
		expect(documents.map((d) => d.source)).toEqual([{ sourcePath: 'glossar/index.html' }, { url: '/glossar/#kulanz' }]);
	});

	it('indexes the page without its records and each record as a page of its own', () => {
		expect(documents[0]?.html).not.toContain('Kulanz');
		expect(documents[1]?.html).toMatch(
			/^<!doctype html><html lang="de"><head><\/head><body><main data-pagefind-body><article data-search-record="kulanz"/,
		);
	});
});

describe('withCompoundParts', () => {
	const vocab = buildVocabulary(['Krise Kommunikation Kunde Service']);

	it('adds title and text parts as hidden metadata and leaves the visible text alone', () => {
		const html = page('<h1>Krisenkommunikation</h1><p>Guter Kundenservice und Krisenkommunikation.</p>');
		const out = withCompoundParts(html, vocab);
		expect(out).toContain('<meta data-pagefind-meta="titelteile[content]" content="krise kommunikation">');
		expect(out).toContain('<meta data-pagefind-meta="teile[content]" content="kunde service">');
		expect(out.slice(out.indexOf('<body>'))).toBe(html.slice(html.indexOf('<body>')));
	});

	it('changes nothing when there are no compounds', () => {
		const html = page('<h1>Krise</h1>');
		expect(withCompoundParts(html, vocab)).toBe(html);
	});
});

describe('documentVocabulary', () => {
	it('collects the words of the indexed text only', () => {
		const vocab = documentVocabulary([
			{ source: { url: '/' }, html: page('<p>Reichweite</p>') + '<footer>Impressum</footer>' },
		]);
		expect(vocab.has('reichweite')).toBe(true);
		expect(vocab.has('impressum')).toBe(false);
	});
});
