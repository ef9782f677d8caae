import { describe, expect, it } from 'vitest';
import { createExample, EXAMPLE_IDS } from './examples';
import { personaSchema, TEXT_FIELDS } from './schema';
import { validatePersona } from './validate';

describe('example personas', () => {
	it.each(EXAMPLE_IDS)('%s is a valid, marked example without problems', (id) => {
		const p = createExample(id);
		expect(personaSchema(p)).toEqual(p);
		expect(p.origin).toBe('beispiel');
		expect(validatePersona(p)).toEqual([]);
	});

	it.each(EXAMPLE_IDS)('%s contains no statistics beyond what the material states', (id) => {
		const p = createExample(id);
		const text = [...TEXT_FIELDS.map((f) => p[f]), ...p.platforms].join(' ');
		expect(text).not.toMatch(/%|Prozent(?!werte)/);
		// Only the age band and the year of the material may appear as numbers.
		const numbers = text.match(/\d+/g) ?? [];
		expect(numbers.every((n) => ['45', '54', '2009'].includes(n))).toBe(true);
		expect(Object.keys(p.technographics.shares)).toEqual([]);
	});

	it('returns a new object each time', () => {
		expect(createExample('geschirr')).not.toBe(createExample('geschirr'));
		expect(createExample('geschirr').age).toMatch(/45–54/);
	});
});
