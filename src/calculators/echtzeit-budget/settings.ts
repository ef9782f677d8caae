/**
 * What the Echtzeit-Budget stores: the fields as typed („2,5“, even „abc“), so that a bad entry
 * stays visible with its message after a reload instead of being replaced. `resolveBudget` reads
 * them with `parseDecimal` and reports a German message per field.
 */
import { numberFormat, parseDecimal } from '../../lib/number';
import { boolean, object, oneOf, text, type Infer } from '../../lib/schema';
import { applicableYear, EMPLOYMENTS, MINDESTLOHN, YEARS, type BudgetInput, type Year } from './budget';

/** Text fields hold what was typed, at most 40 characters. */
const typed = text(40);

/** What is stored; text fields as typed. */
export const budgetSettingsSchema = object({
	hoursPerDay: typed,
	daysPerWeek: typed,
	employment: oneOf(EMPLOYMENTS),
	wage: typed,
	/** The year whose statutory values apply; follows the date unless `yearChosen`. */
	year: oneOf(YEARS),
	/** The reader picked the year; otherwise it is the one for today's date (see `followDate`). */
	yearChosen: boolean,
	businesses: typed,
	/** Empty = no commission or benefits. */
	commission: typed,
	/** Empty = no surcharge entered (the site gives no figure for it). */
	surcharge: typed,
});
export type BudgetSettings = Infer<typeof budgetSettingsSchema>;

export type BudgetField = 'hoursPerDay' | 'daysPerWeek' | 'wage' | 'businesses' | 'commission' | 'surcharge';

/** „13,90“: how a wage is written into the field. */
export function formatWageInput(wage: number): string {
	return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(wage);
}

/**
 * The defaults' year. It only matters until `followDate` runs: the island renders the defaults
 * as the server did and then moves them to the year of the reader's date.
 */
export const DEFAULT_YEAR: Year = 2026;

export const DEFAULT_BUDGET_SETTINGS: BudgetSettings = {
	hoursPerDay: '2',
	daysPerWeek: '5',
	employment: 'minijob',
	wage: formatWageInput(MINDESTLOHN[DEFAULT_YEAR]),
	year: DEFAULT_YEAR,
	yearChosen: false,
	businesses: '1',
	commission: '',
	surcharge: '',
};

const LIMITS = {
	hoursPerDay: { min: 0.25, max: 24 },
	daysPerWeek: { min: 1, max: 7, integer: true },
	wage: { min: 0.01, max: 1000 },
	businesses: { min: 1, max: 100, integer: true },
	commission: { min: 0, max: 1_000_000, fallback: 0 },
	surcharge: { min: 0, max: 200 },
} as const;

export interface ResolvedBudget {
	/** All inputs, or `null` while a field cannot be read. */
	input: BudgetInput | null;
	errors: Partial<Record<BudgetField, string>>;
}

/** Read the typed fields; every field that cannot be read gets its own message. */
export function resolveBudget(s: BudgetSettings): ResolvedBudget {
	const errors: Partial<Record<BudgetField, string>> = {};
	const read = (field: BudgetField): number | null => {
		const r = parseDecimal(s[field], LIMITS[field]);
		if (r.ok) return r.value;
		errors[field] = r.error;
		return null;
	};
	const hoursPerDay = read('hoursPerDay');
	const daysPerWeek = read('daysPerWeek');
	const wage = read('wage');
	const businesses = read('businesses');
	const commission = read('commission');
	const surcharge = s.surcharge.trim() === '' ? null : read('surcharge');
	if (hoursPerDay === null || daysPerWeek === null || wage === null || businesses === null || commission === null) {
		return { input: null, errors };
	}
	if (errors.surcharge) return { input: null, errors };
	return {
		input: {
			hoursPerDay,
			daysPerWeek,
			employment: s.employment,
			wage,
			year: s.year,
			businesses,
			commission,
			surchargePercent: surcharge,
		},
		errors,
	};
}

/**
 * Change the year. A wage that still is the old year's minimum wage (or empty) follows the new
 * one, because that is what it meant; a wage the user chose stays as typed.
 */
export function withYear(s: BudgetSettings, year: Year): BudgetSettings {
	const typed = parseDecimal(s.wage);
	const followsMinimum = s.wage.trim() === '' || (typed.ok && typed.value === MINDESTLOHN[s.year]);
	return { ...s, year, wage: followsMinimum ? formatWageInput(MINDESTLOHN[year]) : s.wage };
}

/**
 * The settings as they apply on `date`: unless the reader chose a year, the year is the one for
 * the date (a wage that was the old minimum wage follows the new one). Settings stored before
 * `yearChosen` existed get `false` on load, so they follow the date too.
 */
export function followDate(s: BudgetSettings, date: Date): BudgetSettings {
	if (s.yearChosen) return s;
	const { year } = applicableYear(date);
	return year === s.year ? s : withYear(s, year);
}
