/**
 * The German verdict under the result: a few sentences built from dictionary templates after
 * the numbers have been formatted. Pure, so that the wording for each case is unit-tested.
 */
import { formatEuro, formatNumber, formatPercent } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import type { EchtzeitBudgetStrings } from '../../i18n/de/echtzeit-budget';
import type { BudgetInput, BudgetResult } from './budget';

export interface Verdict {
	/** `warn` when the plan misses the Minijob limit it aims at or the wage is below the minimum. */
	tone: 'ok' | 'warn';
	sentences: string[];
}

/** „5 Tagen pro Woche“ / „1 Tag pro Woche“. */
export function daysText(days: number, t: EchtzeitBudgetStrings['verdict']['days']): string {
	return fillTemplate(t, { n: days });
}

export function buildVerdict(
	input: BudgetInput,
	r: BudgetResult,
	t: EchtzeitBudgetStrings['verdict'],
	employments: EchtzeitBudgetStrings['form']['employments'],
): Verdict {
	const days = daysText(input.daysPerWeek, t.days);
	const values = {
		hours: formatNumber(input.hoursPerDay),
		days,
		hoursMonth: formatNumber(r.hoursPerMonth, 1),
		wage: formatEuro(input.wage),
		pay: formatEuro(r.pay),
		year: input.year,
		limit: formatEuro(r.limit, 0),
		maxHours: formatNumber(r.maxMinijobHoursPerMonth, 1),
		maxPerDay: formatNumber(r.maxMinijobHoursPerDay, 1),
		employment: employments[input.employment],
		payWithCommission: formatEuro(r.pay + input.commission),
		total: formatEuro(r.total),
		perYear: formatEuro(r.totalPerYear),
		percent: formatPercent(input.surchargePercent ?? 0, 2),
		surcharge: formatEuro(r.surcharge),
		n: input.businesses,
		perBusiness: formatEuro(r.perBusiness),
		minimumWage: formatEuro(r.minimumWage),
	};
	const sentences = [fillTemplate(t.hours, values)];
	const minijob = input.employment === 'minijob';
	if (minijob) sentences.push(fillTemplate(r.fitsMinijob ? t.minijobFits : t.minijobExceeds, values));
	else sentences.push(fillTemplate(r.fitsMinijob ? t.otherFits : t.otherExceeds, values));
	if (r.fitsMinijob && !r.fitsMinijobWithCommission) sentences.push(fillTemplate(t.commissionExceeds, values));
	if (r.belowMinimumWage) sentences.push(fillTemplate(t.belowMinimumWage, values));
	if (r.belowMaterialMinimum) sentences.push(t.materialMinimum);
	sentences.push(fillTemplate(t.total, values));
	sentences.push(input.surchargePercent === null ? t.surchargeNone : fillTemplate(t.surchargeIncluded, values));
	if (input.businesses > 1) sentences.push(fillTemplate(t.shared, values));
	const tone = (minijob && !r.fitsMinijobWithCommission) || r.belowMinimumWage ? 'warn' : 'ok';
	return { tone, sentences };
}
