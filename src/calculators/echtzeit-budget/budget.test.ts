import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	applicableYear,
	computeBudget,
	EMPLOYMENTS,
	LAST_KNOWN_YEAR,
	MINDESTLOHN,
	minijobLimit,
	WEEKS_PER_MONTH,
	YEARS,
	type BudgetInput,
} from './budget';

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

const input = fc.record({
	hoursPerDay: fc.double({ min: 0.25, max: 24, noNaN: true }),
	daysPerWeek: fc.integer({ min: 1, max: 7 }),
	employment: fc.constantFrom(...EMPLOYMENTS),
	wage: fc.double({ min: 0.01, max: 1000, noNaN: true }),
	year: fc.constantFrom(...YEARS),
	businesses: fc.integer({ min: 1, max: 100 }),
	commission: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
	surchargePercent: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
});

describe('minijobLimit', () => {
	it('reproduces the published limits 556 €, 603 € and 633 € (facts §8)', () => {
		expect(minijobLimit(MINDESTLOHN[2025])).toBe(556);
		expect(minijobLimit(MINDESTLOHN[2026])).toBe(603);
		expect(minijobLimit(MINDESTLOHN[2027])).toBe(633);
		// 12,41 € (2024) gave 538 €: another published value the formula must hit.
		expect(minijobLimit(12.41)).toBe(538);
	});
	it('does not round up an exact euro amount', () => {
		expect(minijobLimit(12)).toBe(520);
	});
});

describe('computeBudget', () => {
	it('two hours on five days at the 2026 minimum wage fit exactly into a Minijob', () => {
		const r = computeBudget(base);
		expect(r.hoursPerWeek).toBe(10);
		expect(r.hoursPerMonth).toBeCloseTo(43.333, 3);
		expect(r.pay).toBe(602.33);
		expect(r.limit).toBe(603);
		expect(r.fitsMinijob).toBe(true);
		expect(r.maxMinijobHoursPerMonth).toBeCloseTo(43.38, 2);
		expect(r.total).toBe(602.33);
		expect(r.belowMaterialMinimum).toBe(false);
	});
	it('seven days a week exceed the limit, as the chapter computes (about 843 €)', () => {
		const r = computeBudget({ ...base, daysPerWeek: 7 });
		expect(r.hoursPerMonth).toBeCloseTo(60.67, 2);
		expect(r.pay).toBe(843.27);
		expect(r.fitsMinijob).toBe(false);
		expect(r.maxMinijobHoursPerDay).toBeCloseTo(603 / 13.9 / WEEKS_PER_MONTH / 7, 6);
	});
	it('adds commission and the user surcharge, shares the cost and flags a low wage', () => {
		const r = computeBudget({ ...base, wage: 12, commission: 50, surchargePercent: 10, businesses: 3 });
		expect(r.pay).toBe(520);
		expect(r.surcharge).toBe(57);
		expect(r.total).toBe(627);
		expect(r.perBusiness).toBe(209);
		expect(r.totalPerYear).toBe(7524);
		expect(r.belowMinimumWage).toBe(true);
		expect(r.fitsMinijob).toBe(true);
		expect(r.fitsMinijobWithCommission).toBe(true);
	});
	it('tells when the commission would push the pay over the limit', () => {
		const r = computeBudget({ ...base, commission: 10 });
		expect(r.fitsMinijob).toBe(true);
		expect(r.fitsMinijobWithCommission).toBe(false);
	});
	it('flags less than the two hours a day the material recommends', () => {
		expect(computeBudget({ ...base, hoursPerDay: 1.5 }).belowMaterialMinimum).toBe(true);
	});

	it('always yields finite, non-negative numbers', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = computeBudget(i);
				for (const value of Object.values(r)) {
					if (typeof value === 'number') {
						expect(Number.isFinite(value)).toBe(true);
						expect(value).toBeGreaterThanOrEqual(0);
					}
				}
			}),
		);
	});
	it('costs grow with hours, wage and surcharge and shrink with more businesses', () => {
		fc.assert(
			fc.property(input, fc.double({ min: 0, max: 10, noNaN: true }), (i, more) => {
				const r = computeBudget(i);
				expect(computeBudget({ ...i, hoursPerDay: i.hoursPerDay + more }).total).toBeGreaterThanOrEqual(r.total);
				expect(computeBudget({ ...i, wage: i.wage + more }).total).toBeGreaterThanOrEqual(r.total);
				const s = (i.surchargePercent ?? 0) + more;
				expect(computeBudget({ ...i, surchargePercent: s }).total).toBeGreaterThanOrEqual(r.total);
				expect(computeBudget({ ...i, businesses: i.businesses + 1 }).perBusiness).toBeLessThanOrEqual(r.perBusiness);
			}),
		);
	});
	it('a plan that fits the limit never needs more hours than the limit allows', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = computeBudget(i);
				if (r.fitsMinijob)
					expect(r.hoursPerMonth).toBeLessThanOrEqual(r.maxMinijobHoursPerMonth + 0.01 / i.wage + 1e-9);
			}),
		);
	});
});

describe('applicableYear', () => {
	it('picks the year of the date in German time, from 1 January', () => {
		expect(applicableYear(new Date('2026-12-05T12:00:00Z'))).toEqual({ calendarYear: 2026, year: 2026, standIn: null });
		expect(applicableYear(new Date('2027-02-15T09:00:00+01:00'))).toEqual({
			calendarYear: 2027,
			year: 2027,
			standIn: null,
		});
		// 23:30 UTC on New Year's Eve is already 1 January in Berlin.
		expect(applicableYear(new Date('2026-12-31T23:30:00Z')).year).toBe(2027);
	});
	it('uses the last known values beyond them and says so; never invents a year', () => {
		expect(applicableYear(new Date('2029-06-01T12:00:00Z'))).toEqual({
			calendarYear: 2029,
			year: LAST_KNOWN_YEAR,
			standIn: 'last',
		});
		expect(applicableYear(new Date('2020-06-01T12:00:00Z'))).toEqual({
			calendarYear: 2020,
			year: 2025,
			standIn: 'first',
		});
		expect(Object.keys(MINDESTLOHN).map(Number)).toEqual([...YEARS]);
	});
	it('gives 14,60 € and 633 € on 15 February 2027', () => {
		const { year } = applicableYear(new Date('2027-02-15T10:00:00+01:00'));
		expect(MINDESTLOHN[year]).toBe(14.6);
		expect(minijobLimit(MINDESTLOHN[year])).toBe(633);
	});
});
