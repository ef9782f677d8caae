import { describe, expect, it } from 'vitest';
import { augmentHtml, augmentText, buildVocabulary, splitCompound, stripSplitMarkers } from './compounds';

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

describe('augment and strip', () => {
	it('adds parts after compounds and strips them again', () => {
		const text = 'Gute Krisenkommunikation hilft.';
		const augmented = augmentText(text, vocab);
		expect(augmented).toBe('Gute Krisenkommunikation ⟦Krise Kommunikation⟧ hilft.');
		expect(stripSplitMarkers(augmented)).toBe(text);
	});

	it('keeps highlight tags that cross a marker balanced', () => {
		expect(stripSplitMarkers('<mark>Krisenkommunikation</mark> <mark>⟦Krisen</mark> Kommunikation⟧: der Fall')).toBe(
			'<mark>Krisenkommunikation</mark> <mark></mark>: der Fall',
		);
	});

	it('never touches markup or scripts', () => {
		const html = '<p class="Krisenkommunikation">Krisenkommunikation</p><script>Krisenkommunikation</script>';
		expect(augmentHtml(html, vocab)).toBe(
			'<p class="Krisenkommunikation">Krisenkommunikation ⟦Krise Kommunikation⟧</p><script>Krisenkommunikation</script>',
		);
	});
});
