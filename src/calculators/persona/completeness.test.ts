import { describe, expect, it } from 'vitest';
import { computeCompleteness, isFilled, sectionChecks } from './completeness';
import { createExample } from './examples';
import { createEmptyPersona } from './schema';

describe('computeCompleteness', () => {
	it('counts only the name for a fresh B2C persona', () => {
		const c = computeCompleteness(createEmptyPersona('a', 'Anna', new Date(0)));
		expect(c.total).toBe(22);
		expect(c.filled).toBe(1);
		expect(c.percent).toBe(5);
		expect(c.sections.find((s) => s.id === 'basics')?.missing).toEqual(['quote']);
	});
	it('uses the company checks for B2B', () => {
		const p = {
			...createEmptyPersona('a', '', new Date(0), 'b2b'),
			industry: 'Maschinenbau',
			buyingRole: 'entscheider' as const,
		};
		const people = computeCompleteness(p).sections.find((s) => s.id === 'people');
		expect(people).toMatchObject({ filled: 2, total: 7 });
		expect(sectionChecks('b2b').people).toContain('buyingRole');
	});
	it('counts whitespace as empty and a confirmed week as filled', () => {
		const p = createEmptyPersona('a', '   ', new Date(0));
		expect(isFilled(p, 'name')).toBe(false);
		expect(isFilled(p, 'schedule')).toBe(false);
		expect(isFilled({ ...p, scheduleSource: 'eigen' }, 'schedule')).toBe(true);
		expect(isFilled({ ...p, technographics: { shares: { spectators: 0 }, source: 'hand' } }, 'technographics')).toBe(
			true,
		);
	});
	it('reaches 100 % only when everything is filled', () => {
		const full = { ...createExample('oldtimer'), technographics: { shares: { joiners: 10 }, source: 'hand' as const } };
		expect(computeCompleteness(full).percent).toBe(100);
	});
});
