import { describe, expect, it } from 'vitest';
import { attribute, decodeEntities, extractRecords, searchText } from './html';

const page = (main: string, outside = '') =>
	`<!doctype html><html lang="de"><head><title>T – Site</title><script>if (a < b) {}</script></head><body>${outside}<main data-pagefind-body>${main}</main><footer>Fuß</footer></body></html>`;

describe('attribute', () => {
	it('reads quoted, unquoted and bare attributes', () => {
		expect(attribute(' id="a" data-x=b data-pagefind-body', 'id')).toBe('a');
		expect(attribute(' id="a" data-x=b data-pagefind-body', 'data-x')).toBe('b');
		expect(attribute(' id="a" data-x=b data-pagefind-body', 'data-pagefind-body')).toBe('');
		expect(attribute(' data-pagefind-body-not="1"', 'data-pagefind-body')).toBeUndefined();
	});
});

describe('decodeEntities', () => {
	it('decodes what Astro escapes', () => {
		expect(decodeEntities('A &amp; B &quot;C&quot; &#39;d&#x27; &lt;e&gt;')).toBe('A & B "C" \'d\' <e>');
	});
});

describe('searchText', () => {
	it('reads only the indexed region, without ignored or skipped elements', () => {
		const html = page(
			'<h1>Echtzeit</h1><p>Text &amp; mehr</p><div data-pagefind-ignore><p>Quiz</p></div><nav>Menü</nav><p>Ende</p>',
			'<header>Kopf</header>',
		);
		expect(searchText(html)).toEqual({ title: 'Echtzeit', text: 'Echtzeit Text & mehr Ende' });
	});

	it('prefers an explicit title over the first h1, even inside ignored markup', () => {
		const html = page(
			'<article><h3 data-pagefind-ignore><dfn data-pagefind-meta="title">Kulanz</dfn></h3><p>Entgegenkommen</p></article>',
		);
		expect(searchText(html)).toEqual({ title: 'Kulanz', text: 'Entgegenkommen' });
	});

	it('finds nothing in a page without data-pagefind-body', () => {
		expect(searchText('<html><body><h1>Druck</h1></body></html>')).toEqual({ title: '', text: '' });
	});
});

describe('extractRecords', () => {
	it('cuts marked elements out of the page, nested markup included', () => {
		const html = page(
			'<h1>Glossar</h1><section><article data-search-record="kulanz"><h3>Kulanz</h3><p>Ein <em>freiwilliges</em> Entgegenkommen.</p></article><article data-search-record="b2b"><p>B2B</p></article></section>',
		);
		const { page: rest, records } = extractRecords(html);
		expect(records.map((r) => r.id)).toEqual(['kulanz', 'b2b']);
		expect(records[0]?.html).toBe(
			'<article data-search-record="kulanz"><h3>Kulanz</h3><p>Ein <em>freiwilliges</em> Entgegenkommen.</p></article>',
		);
		expect(rest).toContain('<h1>Glossar</h1><section></section>');
		expect(rest).not.toContain('Kulanz');
	});

	it('leaves pages without records unchanged', () => {
		const html = page('<h1>Echtzeit</h1><p>Text</p>');
		expect(extractRecords(html)).toEqual({ page: html, records: [] });
	});
});
