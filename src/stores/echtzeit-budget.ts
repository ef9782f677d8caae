/**
 * Settings of the Echtzeit-Budget, stored in localStorage (`smp:echtzeit-budget`, envelope
 * `{ v: 1, data: BudgetSettings }`). The fields are kept as typed, so a reload shows exactly
 * what was entered, including a bad entry with its message. Settings stored before `yearChosen`
 * existed get its default (`false`) on load: their year follows the date.
 */
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import {
	DEFAULT_BUDGET_SETTINGS,
	followDate,
	budgetSettingsSchema,
	withYear,
	type BudgetSettings,
} from '../calculators/echtzeit-budget/settings';
import type { Year } from '../calculators/echtzeit-budget/budget';

export const $echtzeitBudget = versionedAtom<BudgetSettings>('echtzeit-budget', DEFAULT_BUDGET_SETTINGS, {
	version: 1,
	label: 'Echtzeit-Budget',
	validate: budgetSettingsSchema,
});

/** Change some fields; the rest as it applies today (see followDate). */
export function updateEchtzeitBudget(patch: Partial<BudgetSettings>, now = new Date()): void {
	$echtzeitBudget.set({ ...followDate($echtzeitBudget.get(), now), ...patch });
}

/**
 * Choose the year (`'datum'`: the year of today's date, from now on following the date); a wage
 * that was the old minimum wage follows the new one.
 */
export function setEchtzeitBudgetYear(year: Year | 'datum', now = new Date()): void {
	const s = $echtzeitBudget.get();
	$echtzeitBudget.set(
		year === 'datum' ? followDate({ ...s, yearChosen: false }, now) : { ...withYear(s, year), yearChosen: true },
	);
}

export function resetEchtzeitBudget(): void {
	$echtzeitBudget.set(DEFAULT_BUDGET_SETTINGS);
}
