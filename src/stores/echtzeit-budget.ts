/**
 * Settings of the Echtzeit-Budget, stored in localStorage (`smp:echtzeit-budget`, envelope
 * `{ v: 1, data: BudgetSettings }`). The fields are kept as typed, so a reload shows exactly
 * what was entered, including a bad entry with its message.
 */
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import {
	DEFAULT_BUDGET_SETTINGS,
	validateBudgetSettings,
	withYear,
	type BudgetSettings,
} from '../calculators/echtzeit-budget/settings';
import type { Year } from '../calculators/echtzeit-budget/budget';

export const $echtzeitBudget = versionedAtom<BudgetSettings>('echtzeit-budget', DEFAULT_BUDGET_SETTINGS, {
	version: 1,
	label: 'Echtzeit-Budget',
	validate: validateBudgetSettings,
});

/** Change some fields. */
export function updateEchtzeitBudget(patch: Partial<BudgetSettings>): void {
	$echtzeitBudget.set({ ...$echtzeitBudget.get(), ...patch });
}

/** Change the year; a wage that was the old minimum wage follows the new one. */
export function setEchtzeitBudgetYear(year: Year): void {
	$echtzeitBudget.set(withYear($echtzeitBudget.get(), year));
}

export function resetEchtzeitBudget(): void {
	$echtzeitBudget.set(DEFAULT_BUDGET_SETTINGS);
}
