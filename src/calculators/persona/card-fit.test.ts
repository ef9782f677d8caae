import { describe, expect, it } from 'vitest';
import { persona as labels } from '../../i18n/de/persona';
import { cardLines, fitCard, PRINT_CARD, shorten, textLines } from './card-fit';
import { createExample, EXAMPLE_IDS } from './examples';
import {
	createEmptyPersona,
	LONG_FIELDS,
	LONG_MAX,
	MAX_SECTIONS,
	SHORT_FIELDS,
	SHORT_MAX,
	type Persona,
} from './schema';

const words = 'Die Persona informiert sich gern ausführlich über neue Produkte und fragt im Freundeskreis nach. ';
const text = (n: number) => words.repeat(Math.ceil(n / words.length)).slice(0, n);

/** A persona at the site's own limits: every field as long as the form lets it be saved. */
function atLimits(kind: 'b2c' | 'b2b' = 'b2c', sections = 0): Persona {
	const p = createEmptyPersona('voll', 'Anna', new Date(0), kind);
	for (const f of LONG_FIELDS) p[f] = text(LONG_MAX);
	for (const f of SHORT_FIELDS) p[f] = text(SHORT_MAX);
	p.customSections = Array.from({ length: sections }, (_, i) => ({
		id: `s${i}`,
		title: `Abschnitt ${i}`,
		text: text(LONG_MAX),
	}));
	p.platforms = ['Instagram', 'Facebook', 'LinkedIn'];
	p.scheduleSource = 'eigen';
	return p;
}

describe('the one-page print card', () => {
	it.each(EXAMPLE_IDS)('prints the example %s unchanged', (id) => {
		const example = createExample(id);
		expect(fitCard(example, labels)).toEqual({ persona: example, shortened: [], fits: true });
	});

	it.each(['b2c', 'b2b'] as const)(
		'fits a %s persona at the site’s limits by shortening its long texts evenly',
		(kind) => {
			const full = atLimits(kind);
			expect(cardLines(full)).toBeGreaterThan(PRINT_CARD.lines);
			const fit = fitCard(full, labels);
			expect(fit.fits).toBe(true);
			expect(cardLines(fit.persona)).toBeLessThanOrEqual(PRINT_CARD.lines);
			expect(fit.shortened).toContain('Ziele');
			for (const f of LONG_FIELDS) {
				expect(fit.persona[f].endsWith(' …')).toBe(true);
				expect(full[f].startsWith(fit.persona[f].slice(0, -2))).toBe(true);
			}
			// Short fields are never cut: the card has room for them.
			for (const f of SHORT_FIELDS) expect(fit.persona[f]).toBe(full[f]);
		},
	);

	it('says when even the shortest cut does not fit (many own sections)', () => {
		const fit = fitCard(atLimits('b2c', MAX_SECTIONS), labels);
		expect(fit.fits).toBe(false);
	});

	it('shortens at a word boundary and marks the cut', () => {
		expect(shorten('Eins zwei drei vier fünf', 14)).toBe('Eins zwei …');
		expect(shorten('kurz', 14)).toBe('kurz');
		expect(shorten('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)} …`);
	});

	it('counts a line break as a new line', () => {
		expect(textLines('a\nb\nc', 38)).toBe(3);
		expect(textLines('x'.repeat(77), 38)).toBe(3);
	});
});
