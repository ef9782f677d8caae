import { describe, expect, it } from 'vitest';
import { citationParts, formatIsoDate, shortCitation } from './citation';

describe('citations', () => {
	it('shortens authors German style', () => {
		expect(shortCitation({ authors: ['Li, Charlene', 'Bernoff, Josh'], year: 2008 })).toBe('Li/Bernoff 2008');
		expect(shortCitation({ authors: ['Forrester Research'], year: 2012 })).toBe('Forrester Research 2012');
		expect(shortCitation({ authors: ['A, X', 'B, Y', 'C, Z'], year: 2020 })).toBe('A u.\u00a0a. 2020');
	});
	it('formats a book', () => {
		const parts = citationParts({
			authors: ['Klausnitzer, Rudi'],
			title: 'Das Ende des Zufalls',
			type: 'buch',
			publisher: 'Ecowin',
			place: 'Salzburg',
			year: 2013,
			isbn: '978-3-7110-0040-8',
		});
		expect(parts).toEqual({
			lead: 'Klausnitzer, Rudi (2013):',
			title: 'Das Ende des Zufalls',
			rest: 'Salzburg: Ecowin, ISBN 978-3-7110-0040-8',
		});
	});
	it('writes dates in German', () => {
		expect(formatIsoDate('2026-11-01')).toBe('1. November 2026');
	});
});
