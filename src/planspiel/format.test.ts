import { describe, expect, it } from 'vitest';
import { bandLabel, figureTexts, formatCountdown, formatFigure, paragraphs } from './format';

const nb = '\u00a0';

describe('Planspiel formatting', () => {
	it('formats figures by unit, in German', () => {
		expect(formatFigure({}, 50_000)).toBe('50.000');
		expect(formatFigure({ unit: '€' }, 100)).toBe(`100${nb}€`);
		expect(formatFigure({ unit: '€' }, 106.5)).toBe(`106,50${nb}€`);
		expect(formatFigure({ unit: '%' }, 30)).toBe(`30${nb}%`);
		expect(formatFigure({ unit: 'Min.' }, 2.5)).toBe(`2,5${nb}Min.`);
	});
	it('fills placeholders with replaced figures', () => {
		const figures = {
			bestellungen: { label: 'B', value: 50_000, kind: 'fakt' as const, sources: ['x'] },
			wenige: { label: 'W', value: 25_000, kind: 'annahme' as const, note: 'Annahme zum Test.', sources: [] },
		};
		expect(figureTexts(figures, { bestellungen: 'wenige' })).toEqual({ bestellungen: '25.000', wenige: '25.000' });
	});
	it('puts values into bands of equal width', () => {
		const labels = ['sehr negativ', 'negativ', 'gemischt', 'positiv', 'sehr positiv'];
		expect(bandLabel(-100, [-100, 100], labels)).toBe('sehr negativ');
		expect(bandLabel(0, [-100, 100], labels)).toBe('gemischt');
		expect(bandLabel(100, [-100, 100], labels)).toBe('sehr positiv');
		expect(bandLabel(66, [0, 100], ['gering', 'mittel', 'hoch'])).toBe('mittel');
		expect(bandLabel(67, [0, 100], ['gering', 'mittel', 'hoch'])).toBe('hoch');
	});
	it('shows a clock and splits paragraphs', () => {
		expect(formatCountdown(125)).toBe('2:05');
		expect(formatCountdown(-3)).toBe('0:00');
		expect(formatCountdown(0.2)).toBe('0:01');
		expect(paragraphs('Eins\nweiter.\n\n  Zwei.\n')).toEqual(['Eins weiter.', 'Zwei.']);
	});
});
