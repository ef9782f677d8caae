import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('reading time', () => {
	it('counts words, not markup', () => {
		expect(countWords('## Titel\n\nEin <Begriff id="x">kurzer</Begriff> Satz – mit | Tabelle |')).toBe(6);
	});
	it('rounds to whole minutes, at least one', () => {
		expect(readingMinutes('Wort')).toBe(1);
		expect(readingMinutes(Array(1000).fill('Wort').join(' '))).toBe(5);
	});
});
