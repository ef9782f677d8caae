import { describe, expect, it } from 'vitest';
import { echtzeitBudget as t } from '../../i18n/de/echtzeit-budget';
import { computeBudget, type BudgetInput } from './budget';
import { buildVerdict } from './verdict';

const base: BudgetInput = {
	hoursPerDay: 2,
	daysPerWeek: 5,
	employment: 'minijob',
	wage: 13.9,
	year: 2026,
	businesses: 1,
	commission: 0,
	surchargePercent: null,
};
const verdict = (i: BudgetInput) => buildVerdict(i, computeBudget(i), t.verdict, t.form.employments);
const nb = '\u00a0';

describe('buildVerdict', () => {
	it('confirms a Minijob that fits and says that no employer figure is given', () => {
		const v = verdict(base);
		expect(v.tone).toBe('ok');
		expect(v.sentences[0]).toBe(
			`2${nb}Std. am Tag an 5${nb}Tagen pro Woche ergeben rund 43,3${nb}Std. im Monat. Zum Stundenlohn von 13,90${nb}€ sind das 602,33${nb}€ Verdienst im Monat.`,
		);
		expect(v.sentences[1]).toBe(
			`Das passt in einen Minijob: 602,33${nb}€ liegen nicht über der Minijob-Grenze 2026 von 603${nb}€.`,
		);
		expect(v.sentences).toContain(t.verdict.surchargeNone);
	});
	it('warns when a Minijob exceeds the limit and says how many hours fit', () => {
		const v = verdict({ ...base, daysPerWeek: 7, hoursPerDay: 1.5 });
		expect(v.tone).toBe('warn');
		expect(v.sentences[1]).toContain('Das passt nicht in einen Minijob');
		expect(v.sentences[1]).toContain(`höchstens 43,4${nb}Std. im Monat`);
		expect(v.sentences).toContain(t.verdict.materialMinimum);
	});
	it('speaks of the employment type, the commission, a low wage and shared costs', () => {
		const v = verdict({
			...base,
			employment: 'werkstudent',
			commission: 20,
			wage: 12,
			businesses: 2,
			surchargePercent: 25,
		});
		expect(v.sentences[1]).toContain('als Werkstudent/in prüfen');
		expect(v.sentences.join(' ')).toContain('unter dem gesetzlichen Mindestlohn für 2026');
		expect(v.sentences.join(' ')).toContain('Teilen sich 2 Betriebe die Kraft');
		expect(v.sentences.join(' ')).toMatch(/Aufschlag von 25\s%/);
		expect(v.tone).toBe('warn');
	});
	it('uses the singular for one day a week', () => {
		expect(verdict({ ...base, daysPerWeek: 1 }).sentences[0]).toContain(`an 1${nb}Tag pro Woche`);
	});
});
