/**
 * The monthly table of the KPI-Monitoring, stored in localStorage (`smp:kpi-monitoring`, envelope
 * `{ v: 1, data: MonthDraft[] }`). Values are kept as typed, so that a reload shows exactly what
 * was entered; the table always has between two and sixty months.
 */
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';
import {
	addMonth,
	DEFAULT_MONTHS,
	removeMonth,
	salvageMonths,
	monthsSchema,
	type MonthDraft,
} from '../calculators/kpi-monitoring/months';
import type { MeasureId } from '../calculators/kpi-monitoring/measures';

export const $kpiMonths = versionedAtom<MonthDraft[]>('kpi-monitoring', [...DEFAULT_MONTHS], {
	version: 1,
	label: 'KPI-Monitoring',
	validate: monthsSchema,
	salvage: salvageMonths,
});

const update = (id: string, change: (m: MonthDraft) => MonthDraft): void => {
	$kpiMonths.set($kpiMonths.get().map((m) => (m.id === id ? change(m) : m)));
};

export function setKpiLabel(id: string, label: string): void {
	update(id, (m) => ({ ...m, label }));
}

export function setKpiValue(id: string, measure: MeasureId, value: string): void {
	update(id, (m) => ({ ...m, values: { ...m.values, [measure]: value } }));
}

/** Append a month; returns its id so that the form can move the focus there. */
export function addKpiMonth(): string | undefined {
	const next = addMonth($kpiMonths.get());
	$kpiMonths.set(next);
	return next[next.length - 1]?.id;
}

export function removeKpiMonth(id: string): void {
	$kpiMonths.set(removeMonth($kpiMonths.get(), id));
}

/** Replace the whole table, e.g. by an imported file that passed every check. */
export function replaceKpiMonths(months: MonthDraft[]): void {
	const valid = monthsSchema(months);
	if (valid) $kpiMonths.set(valid);
}

export function resetKpiMonths(): void {
	$kpiMonths.set([...DEFAULT_MONTHS]);
}
