import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeBudget } from './budget';
import {
	DEFAULT_BUDGET_SETTINGS,
	followDate,
	formatWageInput,
	resolveBudget,
	budgetSettingsSchema,
	withYear,
} from './settings';

describe('budget settings', () => {
	it('default to two hours on five days at the 2026 minimum wage', () => {
		const { input, errors } = resolveBudget(DEFAULT_BUDGET_SETTINGS);
		expect(errors).toEqual({});
		expect(input).toMatchObject({ hoursPerDay: 2, daysPerWeek: 5, wage: 13.9, year: 2026, surchargePercent: null });
	});
	it('read a decimal comma and report bad fields in German', () => {
		expect(resolveBudget({ ...DEFAULT_BUDGET_SETTINGS, hoursPerDay: '2,5' }).input?.hoursPerDay).toBe(2.5);
		const bad = resolveBudget({ ...DEFAULT_BUDGET_SETTINGS, hoursPerDay: 'zwei', daysPerWeek: '8', businesses: '1,5' });
		expect(bad.input).toBeNull();
		expect(bad.errors.hoursPerDay).toBe('„zwei“ ist keine Zahl. Beispiel: 12,5');
		expect(bad.errors.daysPerWeek).toBe('Der Wert darf höchstens 7 sein.');
		expect(bad.errors.businesses).toContain('ganze Zahl');
	});
	it('treat an empty commission as none and reject a bad surcharge', () => {
		expect(resolveBudget(DEFAULT_BUDGET_SETTINGS).input?.commission).toBe(0);
		expect(resolveBudget({ ...DEFAULT_BUDGET_SETTINGS, surcharge: '-5' }).errors.surcharge).toBeDefined();
		expect(resolveBudget({ ...DEFAULT_BUDGET_SETTINGS, surcharge: '20,5' }).input?.surchargePercent).toBe(20.5);
	});
	it('let the wage follow the minimum wage when the year changes, but keep a chosen wage', () => {
		expect(withYear(DEFAULT_BUDGET_SETTINGS, 2027).wage).toBe('14,60');
		expect(withYear({ ...DEFAULT_BUDGET_SETTINGS, wage: '' }, 2025).wage).toBe('12,82');
		expect(withYear({ ...DEFAULT_BUDGET_SETTINGS, wage: '15' }, 2027).wage).toBe('15');
		expect(formatWageInput(13.9)).toBe('13,90');
	});
	it('follow the date unless the reader chose a year, the default wage included', () => {
		const feb2027 = new Date('2027-02-15T10:00:00+01:00');
		expect(followDate(DEFAULT_BUDGET_SETTINGS, feb2027)).toMatchObject({
			year: 2027,
			wage: '14,60',
			yearChosen: false,
		});
		expect(resolveBudget(followDate(DEFAULT_BUDGET_SETTINGS, feb2027)).input).toMatchObject({ year: 2027, wage: 14.6 });
		expect(followDate({ ...DEFAULT_BUDGET_SETTINGS, wage: '16' }, feb2027).wage).toBe('16');
		const chosen = { ...DEFAULT_BUDGET_SETTINGS, yearChosen: true };
		expect(followDate(chosen, feb2027)).toBe(chosen);
		expect(followDate(DEFAULT_BUDGET_SETTINGS, new Date('2031-01-10T12:00:00Z')).year).toBe(2027);
	});
	it('accept stored settings only when complete', () => {
		expect(budgetSettingsSchema(DEFAULT_BUDGET_SETTINGS)).toEqual(DEFAULT_BUDGET_SETTINGS);
		expect(budgetSettingsSchema({ ...DEFAULT_BUDGET_SETTINGS, year: 2024 })).toBeUndefined();
		expect(budgetSettingsSchema({ ...DEFAULT_BUDGET_SETTINGS, yearChosen: 'ja' })).toBeUndefined();
		expect(budgetSettingsSchema({ ...DEFAULT_BUDGET_SETTINGS, employment: 'frei' })).toBeUndefined();
		expect(budgetSettingsSchema({ ...DEFAULT_BUDGET_SETTINGS, wage: 13.9 })).toBeUndefined();
		expect(budgetSettingsSchema({ ...DEFAULT_BUDGET_SETTINGS, wage: 'x'.repeat(41) })).toBeUndefined();
		expect(budgetSettingsSchema('kaputt')).toBeUndefined();
	});
	it('never produce NaN or Infinity, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
				const { input } = resolveBudget({
					...DEFAULT_BUDGET_SETTINGS,
					hoursPerDay: a,
					wage: b,
					commission: c,
					surcharge: d,
				});
				if (!input) return;
				for (const v of Object.values(computeBudget(input)))
					if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
			}),
		);
	});
});
