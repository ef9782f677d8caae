import { describe, expect, it } from 'vitest';
import { cutElements, findElements, plainText, splitSentences, textRuns, topLevel } from './html';

describe('topLevel', () => {
	it('lists the elements at depth 0 with inner and outer HTML', () => {
		const els = topLevel('<p>Eins <strong>zwei</strong></p>\n<ul><li>a<ul><li>b</li></ul></li></ul><hr />');
		expect(els.map((e) => e.name)).toEqual(['p', 'ul', 'hr']);
		expect(els[0]?.inner).toBe('Eins <strong>zwei</strong>');
		expect(els[1]?.outer).toBe('<ul><li>a<ul><li>b</li></ul></li></ul>');
	});

	it('keeps loose text as a paragraph and drops comments', () => {
		expect(topLevel('<!-- x -->Text davor<p>p</p> danach ')).toEqual([
			{ name: 'p', attrs: '', inner: 'Text davor', outer: '<p>Text davor</p>' },
			{ name: 'p', attrs: '', inner: 'p', outer: '<p>p</p>' },
			{ name: 'p', attrs: '', inner: 'danach', outer: '<p>danach</p>' },
		]);
	});
});

describe('cutElements', () => {
	it('cuts out the outermost elements of a name and returns the rest', () => {
		const html = '<p>Aufgabe</p><smp-folie-notiz><p>Notiz</p></smp-folie-notiz><p>Mehr</p>';
		const { rest, cut } = cutElements(html, 'smp-folie-notiz');
		expect(rest).toBe('<p>Aufgabe</p><p>Mehr</p>');
		expect(cut.map((c) => c.inner)).toEqual(['<p>Notiz</p>']);
	});

	it('finds elements with their attributes', () => {
		const [fig] = findElements(
			'<div><smp-folie-figur data-titel="A &amp; B"><table></table></smp-folie-figur></div>',
			'smp-folie-figur',
		);
		expect(fig?.attrs).toContain('data-titel="A &amp; B"');
		expect(fig?.inner).toBe('<table></table>');
	});
});

describe('textRuns and plainText', () => {
	it('marks bold runs and breaks lines at block elements', () => {
		expect(textRuns('<p><strong>Fett</strong> normal</p><p>neu</p>')).toEqual([
			{ text: 'Fett', bold: true },
			{ text: ' normal', bold: false },
			{ text: '\n', bold: false },
			{ text: 'neu', bold: false },
		]);
	});

	it('decodes entities and leaves hidden text out', () => {
		expect(
			plainText('A&nbsp;&amp;&nbsp;B <span class="visually-hidden">unsichtbar</span><span hidden>auch</span>'),
		).toBe('A\u00a0&\u00a0B');
	});
});

describe('splitSentences', () => {
	it('splits between sentences outside inline elements', () => {
		expect(splitSentences('Erster Satz. Zweiter Satz! Dritter <a href="#">Satz. Mit Link</a> endet? Ja.')).toEqual([
			'Erster Satz.',
			'Zweiter Satz!',
			'Dritter <a href="#">Satz. Mit Link</a> endet?',
			'Ja.',
		]);
	});

	it('does not split after abbreviations and single letters', () => {
		expect(
			splitSentences('Das gilt z. B. für Art. 50 KI-Verordnung bzw. Abs. 1 und ca. 40 Varianten. Dann Schluss.'),
		).toEqual(['Das gilt z. B. für Art. 50 KI-Verordnung bzw. Abs. 1 und ca. 40 Varianten.', 'Dann Schluss.']);
	});

	it('needs a capital, a digit or an opening quote after the stop', () => {
		expect(splitSentences('Im Jahr 2013. „Zitat“ folgt. 53 % sagen das. und klein')).toEqual([
			'Im Jahr 2013.',
			'„Zitat“ folgt.',
			'53 % sagen das. und klein',
		]);
	});
});

describe('splitSentences with dates', () => {
	it('keeps ordinals with the month they belong to', () => {
		expect(splitSentences('Seit dem 2. August 2026 gilt das. Danach mehr.')).toEqual([
			'Seit dem 2. August 2026 gilt das.',
			'Danach mehr.',
		]);
	});
});
