import { describe, expect, it } from 'vitest';
import { assertFits, buildDeck, calculatorHref, type DeckInput } from './deck';

const input: DeckInput = {
	slug: 'echtzeit',
	order: 3,
	title: 'Echtzeit',
	description: 'Worum es im Kapitel geht, in einem Satz für die Titelfolie.',
	goals: ['Sie können A erklären.', 'Sie können B berechnen.'],
	keyPoints: ['Erste Kernaussage des Kapitels.', 'Zweite Kernaussage des Kapitels.'],
	figures: [
		{
			title: 'Eine Tabelle',
			html: '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
			source: 'Quelle: <a href="/quellen/#x">X 2020</a>.',
			note: 'Werte von 2020.',
		},
	],
	exercises: [
		{
			number: 1,
			title: 'Rechnen mit dem Rechner',
			kind: 'Rechnen',
			minutes: 20,
			html: '<p>Rechnen Sie.</p>',
			notes: '<p>Tipp</p>',
			calculator: { slug: 'echtzeit-budget', title: 'Echtzeit-Budget' },
		},
	],
	questions: [
		{
			id: 'q',
			type: 'numeric',
			question: 'Wie viel ist das?',
			explanation: 'So viel ist das.',
			level: 'anwenden',
			goals: [],
			answer: 3,
			tolerance: 0,
		},
	],
	calculators: [{ slug: 'echtzeit-budget', title: 'Echtzeit-Budget' }],
	sourceCount: 12,
	reviewed: '5. Dezember 2026',
};

describe('buildDeck', () => {
	const slides = buildDeck(input);

	it('orders the slides: title, goals, key points, figures, tasks, question and answer, closing', () => {
		expect(slides.map((s) => s.kind)).toEqual([
			'titel',
			'lernziele',
			'kernaussage',
			'kernaussage',
			'abbildung',
			'aufgabe',
			'frage',
			'aufloesung',
			'abschluss',
		]);
		expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(slides.every((s) => s.fill <= 1)).toBe(true);
	});

	it('says on the title slide when the chapter was last reviewed', () => {
		expect(slides[0]?.note).toBe('· Inhalt zuletzt geprüft am 5. Dezember 2026');
	});

	it('keeps the source line and note on figure slides', () => {
		const figure = slides.find((s) => s.kind === 'abbildung');
		expect(figure?.source).toContain('X 2020');
		expect(figure?.note).toBe('Werte von 2020.');
	});

	it('gives task slides their minutes, trainer notes and a calculator link back to the slide', () => {
		const task = slides.find((s) => s.kind === 'aufgabe');
		expect(task?.minutes).toBe(20);
		expect(task?.notes).toBe('<p>Tipp</p>');
		expect(task?.eyebrow).toBe('Aufgabe 3.1 · Rechnen · 20\u00a0Minuten');
		expect(task?.links?.[0]?.href).toBe(calculatorHref('echtzeit-budget', 'echtzeit', 6));
		expect(calculatorHref('kulanz', 'x', 12)).toBe('/rechner/kulanz/?folie=%2Ffolien%2Fx%2F%2312');
	});

	it('fails the build check only for slides that cannot fit', () => {
		expect(() => assertFits('echtzeit', slides)).not.toThrow();
		expect(() => assertFits('echtzeit', [{ ...slides[0]!, fill: 1.2 }])).toThrow(/Folie 1 „Echtzeit“ \(120 %/);
	});
});
