/**
 * Staff and budget of a real-time communicator (chapter 3). Statutory values from the research
 * notes (facts §8): minimum wage per year (MiLoV5 of 5 Nov 2025; 2025 from the fourth ordinance)
 * and the Minijob limit = minimum wage × 130 ÷ 3, rounded up to full euros (§ 8 Abs. 1a SGB IV).
 * Employer contributions are deliberately not here: the site has no checked figure for them, so
 * the user enters a surcharge in per cent.
 */

/** The years whose values are published and checked (content/quellen/bund-2025-milov5.yaml). */
export const YEARS = [2025, 2026, 2027] as const;
export type Year = (typeof YEARS)[number];
export const FIRST_YEAR: Year = YEARS[0];
export const LAST_KNOWN_YEAR: Year = YEARS[YEARS.length - 1] ?? FIRST_YEAR;

/** Statutory minimum wage in euros per hour, valid from 1 January of the year. */
export const MINDESTLOHN: Readonly<Record<Year, number>> = { 2025: 12.82, 2026: 13.9, 2027: 14.6 };

/** Which year's values apply on a date, and whether that is a stand-in for the actual year. */
export interface ApplicableYear {
	/** The calendar year of the date in Germany. */
	calendarYear: number;
	/** The year whose values are used. */
	year: Year;
	/** `last`: later than the last known year, so its values stand in; `first`: earlier than any. */
	standIn: 'last' | 'first' | null;
}

/**
 * The values change on 1 January, German time; a date in another year than the known ones uses
 * the nearest known year and says so. Values for a year are never guessed.
 */
export function applicableYear(date: Date): ApplicableYear {
	const calendarYear = Number(
		new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(date),
	);
	if (calendarYear > LAST_KNOWN_YEAR) return { calendarYear, year: LAST_KNOWN_YEAR, standIn: 'last' };
	if (calendarYear < FIRST_YEAR) return { calendarYear, year: FIRST_YEAR, standIn: 'first' };
	return { calendarYear, year: calendarYear as Year, standIn: null };
}

/** 13 weeks spread over 3 months, the same factor § 8 SGB IV uses for the Minijob limit. */
export const WEEKS_PER_MONTH = 13 / 3;

/** The material's recommendation: at least two hours a day for the real-time presence. */
export const MATERIAL_MIN_HOURS_PER_DAY = 2;

export const EMPLOYMENTS = ['minijob', 'werkstudent', 'teilzeit'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];

/** Minijob limit for a minimum wage: wage × 130 ÷ 3, rounded up to full euros. */
export function minijobLimit(minimumWage: number): number {
	// In whole cents the product is exact, so the rounding up cannot be thrown off by binary fractions.
	const cents = Math.round(minimumWage * 100);
	return Math.ceil((cents * 130) / 300);
}

/** Round to whole cents, as a payslip does. */
export function roundCents(value: number): number {
	return Math.round(value * 100) / 100;
}

export interface BudgetInput {
	hoursPerDay: number;
	daysPerWeek: number;
	employment: Employment;
	/** Gross hourly wage in euros. */
	wage: number;
	year: Year;
	/** Number of businesses sharing the communicator (cross-selling), at least 1. */
	businesses: number;
	/** Commission or benefits per month in euros (0 when none). */
	commission: number;
	/** Employer surcharge on pay and commission in per cent, as the user entered it; `null` = not entered. */
	surchargePercent: number | null;
}

export interface BudgetResult {
	hoursPerWeek: number;
	hoursPerMonth: number;
	/** Hours per month × wage, in whole cents. */
	pay: number;
	minimumWage: number;
	belowMinimumWage: boolean;
	/** Minijob limit of the chosen year in euros per month. */
	limit: number;
	/** Pay alone stays within the limit. */
	fitsMinijob: boolean;
	/** Pay plus commission stays within the limit (matters if the commission counts as pay). */
	fitsMinijobWithCommission: boolean;
	/** Hours per month that fit under the limit at this wage. */
	maxMinijobHoursPerMonth: number;
	/** The same, spread over the chosen days per week. */
	maxMinijobHoursPerDay: number;
	surcharge: number;
	/** Pay + commission + surcharge per month. */
	total: number;
	totalPerYear: number;
	/** Total divided by the number of businesses. */
	perBusiness: number;
	belowMaterialMinimum: boolean;
}

/** Compute the monthly plan. Inputs must be validated (positive wage, days and businesses ≥ 1). */
export function computeBudget(input: BudgetInput): BudgetResult {
	const minimumWage = MINDESTLOHN[input.year];
	const limit = minijobLimit(minimumWage);
	const hoursPerWeek = input.hoursPerDay * input.daysPerWeek;
	const hoursPerMonth = hoursPerWeek * WEEKS_PER_MONTH;
	const pay = roundCents(hoursPerMonth * input.wage);
	const surcharge = roundCents(((pay + input.commission) * (input.surchargePercent ?? 0)) / 100);
	const total = roundCents(pay + input.commission + surcharge);
	const maxMinijobHoursPerMonth = limit / input.wage;
	return {
		hoursPerWeek,
		hoursPerMonth,
		pay,
		minimumWage,
		belowMinimumWage: input.wage < minimumWage,
		limit,
		fitsMinijob: pay <= limit,
		fitsMinijobWithCommission: pay + input.commission <= limit,
		maxMinijobHoursPerMonth,
		maxMinijobHoursPerDay: maxMinijobHoursPerMonth / WEEKS_PER_MONTH / input.daysPerWeek,
		surcharge,
		total,
		totalPerYear: roundCents(total * 12),
		perBusiness: roundCents(total / input.businesses),
		belowMaterialMinimum: input.hoursPerDay < MATERIAL_MIN_HOURS_PER_DAY,
	};
}
