import { describe, expect, it } from 'vitest';
import { CARD_TEXT_BUDGET, cardTextLength, isCardTooLong } from './card-length';
import { createExample, EXAMPLE_IDS } from './examples';
import { createEmptyPersona } from './schema';

describe('card length', () => {
	it('counts text, own sections and platforms', () => {
		const p = {
			...createEmptyPersona('a', 'Anna', new Date(0)),
			platforms: ['A', 'B'],
			customSections: [{ id: 's', title: 'T', text: 'xy' }],
		};
		expect(cardTextLength(p)).toBe(4 + 4 + 3);
	});
	it.each(EXAMPLE_IDS)('the example %s fits on one page', (id) => {
		expect(isCardTooLong(createExample(id))).toBe(false);
	});
	it('warns when the text exceeds the budget', () => {
		expect(isCardTooLong({ ...createEmptyPersona('a', 'A', new Date(0)), goals: 'x'.repeat(CARD_TEXT_BUDGET) })).toBe(
			true,
		);
	});
});
