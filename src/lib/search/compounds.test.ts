import { describe, expect, it } from 'vitest';
import { buildVocabulary, compoundParts, splitCompound } from './compounds';

const vocab = buildVocabulary([
	'Krise Kommunikation Reichweite Verlust Kunde Service Social Media Zeit Plan Gutschein Panne Daten Schutz',
]);

describe('splitCompound', () => {
	it.each([
		['krisenkommunikation', ['krise', 'kommunikation']],
		['reichweitenverlust', ['reichweite', 'verlust']],
		['kundenservice', ['kunde', 'service']],
		['gutscheinpanne', ['gutschein', 'panne']],
		['datenschutz', ['daten', 'schutz']],
	])('splits %s', (word, parts) => {
		expect(splitCompound(word, vocab)).toEqual(parts);
	});

	it.each(['kommunikation', 'bestellung', 'reich', 'zeitplanung'])('leaves %s alone', (word) => {
		expect(splitCompound(word, vocab)).toBeUndefined();
	});
});

describe('compoundParts', () => {
	it('lists the parts of every compound once, in order of appearance', () => {
		const text = 'Gute Krisenkommunikation und Kundenservice; schlechte Krisenkommunikation.';
		expect(compoundParts(text, vocab)).toEqual(['krise', 'kommunikation', 'kunde', 'service']);
	});

	it('finds nothing in text without compounds of known words', () => {
		expect(compoundParts('Eine Krise ist keine Panne.', vocab)).toEqual([]);
	});
});
