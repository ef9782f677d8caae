import { describe, expect, it } from 'vitest';
import { quellenSchema, type QuelleData } from '../schemas/quellen';
import { citationParts, citationSuffixes, citationText, closeSentence, formatIsoDate, shortCitation } from './citation';

/** A schema-checked entry, so that the tests use the same defaults as the pages. */
const entry = (data: Record<string, unknown>): QuelleData => quellenSchema.parse({ type: 'web', ...data });

describe('short citations', () => {
	it('names one or two authors by surname and shortens three or more', () => {
		expect(shortCitation({ authors: ['Li, Charlene', 'Bernoff, Josh'], year: 2008 })).toBe('Li/Bernoff 2008');
		expect(shortCitation({ authors: ['Forrester Research'], year: 2012 })).toBe('Forrester Research 2012');
		expect(shortCitation({ authors: ['A, X', 'B, Y', 'C, Z'], year: 2020 })).toBe('A u.\u00a0a. 2020');
	});
	it('writes „o. J.“ for a missing year and a quoted short title for a missing author', () => {
		expect(shortCitation({ authors: ['salesfocus.at'] })).toBe('salesfocus.at o.\u00a0J.');
		expect(shortCitation({ authors: [], shortTitle: 'Marketing-Handy' })).toBe('„Marketing-Handy“ o.\u00a0J.');
	});
	it('adds the disambiguating letter after the year', () => {
		expect(shortCitation({ authors: ['Gartner'], year: 2008 }, 'b')).toBe('Gartner 2008b');
	});
});

describe('citation letters', () => {
	const works = [
		{ id: 'later', data: { authors: ['Gartner'], year: 2008, date: '2008-07-14', title: 'B' } },
		{ id: 'earlier', data: { authors: ['Gartner'], year: 2008, date: '2008-02-19', title: 'Z' } },
		{ id: 'undated', data: { authors: ['Gartner'], year: 2008, title: 'A' } },
		{ id: 'alone', data: { authors: ['Gartner'], year: 2009, title: 'C' } },
	];
	it('orders works with the same citation by date, undated ones last, and leaves unique ones alone', () => {
		const letters = citationSuffixes(works);
		expect([letters.get('earlier'), letters.get('later'), letters.get('undated'), letters.get('alone')]).toEqual([
			'a',
			'b',
			'c',
			'',
		]);
	});
	it('does not depend on the order the collection happens to list the files in', () => {
		expect(citationSuffixes([...works].reverse())).toEqual(citationSuffixes(works));
	});
});

describe('full entries', () => {
	it('formats a book: author (year): title. place: publisher. ISBN', () => {
		const q = entry({
			authors: ['Klausnitzer, Rudi'],
			title: 'Das Ende des Zufalls',
			type: 'buch',
			publisher: 'Ecowin',
			place: 'Salzburg',
			year: 2013,
			isbn: '978-3-7110-0040-8',
		});
		expect(citationText(q)).toBe(
			'Klausnitzer, Rudi (2013): Das Ende des Zufalls. Salzburg: Ecowin. ISBN 978-3-7110-0040-8.',
		);
	});
	it('formats a chapter in an edited volume with editors, series, pages and DOI', () => {
		const q = entry({
			authors: ['Bock, Andreas H.'],
			title: '„Telekom hilft“: Customer Service in the Social Web',
			type: 'kapitel',
			editors: ['Friedrichsen, Mike', 'Mühl-Benninghaus, Wolfgang'],
			container: 'Handbook of Social Media Management',
			series: 'Media Business and Innovation',
			place: 'Berlin, Heidelberg',
			publisher: 'Springer',
			year: 2013,
			pages: '12–34',
			doi: '10.1007/978-3-642-28897-5_26',
		});
		expect(citationText(q)).toBe(
			'Bock, Andreas H. (2013): „Telekom hilft“: Customer Service in the Social Web. In: Friedrichsen, Mike; ' +
				'Mühl-Benninghaus, Wolfgang (Hrsg.): Handbook of Social Media Management (Media Business and Innovation), ' +
				'Berlin, Heidelberg: Springer, S.\u00a012–34. DOI: 10.1007/978-3-642-28897-5_26.',
		);
	});
	it('formats a web article with date and URL, and no access date unless there was a real visit', () => {
		const q = entry({
			authors: ['onlinepc.ch'],
			title: 'Gartner: So erreicht man die „Generation Virtual“',
			container: 'onlinepc.ch',
			year: 2008,
			date: '2008-02-21',
			url: 'https://onlinepc.ch/a.html',
		});
		expect(citationText(q)).toBe(
			'onlinepc.ch (2008): Gartner: So erreicht man die „Generation Virtual“. In: onlinepc.ch, 21. Februar 2008. ' +
				'Online: https://onlinepc.ch/a.html.',
		);
		expect(citationParts(q).accessed).toBeUndefined();
		expect(citationText({ ...q, accessed: '2026-12-05' })).toContain('(abgerufen am 5. Dezember 2026)');
	});
	it('puts a described title in brackets, the title first when there is no author, and no full stop after „?“', () => {
		const described = entry({
			authors: [],
			shortTitle: 'Marketing-Handy',
			title: 'Blogbeitrag über ein Smartphone nur für Social Media',
			descriptiveTitle: true,
		});
		expect(citationText(described)).toBe('[Blogbeitrag über ein Smartphone nur für Social Media] (o.\u00a0J.).');
		const question = entry({ authors: ['Xu'], title: 'Wie kann man das nutzen?', year: 2014 });
		expect(citationText(question)).toBe('Xu (2014): Wie kann man das nutzen?');
	});
	it('shows an archive copy and the note after the details', () => {
		const q = entry({
			authors: ['Lithium Technologies'],
			title: 'Titel',
			year: 2013,
			url: 'https://example.org/a',
			archive: 'https://web.archive.org/web/2013/https://example.org/a',
			note: 'Anbieterstudie.',
		});
		expect(citationText(q)).toBe(
			'Lithium Technologies (2013): Titel. Online: https://example.org/a. ' +
				'Archivkopie: https://web.archive.org/web/2013/https://example.org/a. Anbieterstudie.',
		);
	});
	it('closes sentences only once', () => {
		expect(closeSentence('Titel')).toBe('Titel.');
		expect(closeSentence('Titel?')).toBe('Titel?');
		expect(closeSentence('Titel.')).toBe('Titel.');
	});
	it('writes dates in German', () => {
		expect(formatIsoDate('2026-11-01')).toBe('1. November 2026');
	});
});

describe('the schema behind the style', () => {
	it('accepts an access date only with a URL and a date only in its year', () => {
		expect(quellenSchema.safeParse({ authors: ['A'], title: 'T', type: 'web', accessed: '2026-01-01' }).success).toBe(
			false,
		);
		expect(
			quellenSchema.safeParse({ authors: ['A'], title: 'T', type: 'web', year: 2012, date: '2013-01-01' }).success,
		).toBe(false);
	});
	it('needs a short title when no author is known, and page numbers without „S.“', () => {
		expect(quellenSchema.safeParse({ title: 'T', type: 'web' }).success).toBe(false);
		expect(quellenSchema.safeParse({ authors: ['A'], title: 'T', type: 'buch', pages: 'S. 1–88' }).success).toBe(false);
	});
});
