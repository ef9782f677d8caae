/**
 * The monthly table as every KPI-Monitoring island reads it. The inputs, the service table and
 * each series card are islands of their own (each hydrates in a task of its own, issue 14); they
 * share the table through `$kpiMonths` and read it here in one way (`readMonths`).
 */
import { useStore } from '@nanostores/preact';
import { $kpiMonths } from '../../stores/kpi-monitoring';
import { useHydrated } from '../../components/use-hydrated';
import {
	DEFAULT_MONTHS,
	isDefaultTable,
	readMonths,
	type MonthDraft,
	type MonthReadStrings,
	type ParsedMonth,
} from './months';

export interface KpiMonths {
	drafts: readonly MonthDraft[];
	parsed: ParsedMonth[];
	/** Each month's label, or „Monat 3“ where it is empty. */
	names: string[];
}

/** During hydration the defaults (what the server rendered), afterwards the stored table. */
export function useKpiMonths(f: MonthReadStrings): KpiMonths {
	const stored = useStore($kpiMonths);
	const hydrated = useHydrated(() => isDefaultTable(stored));
	const drafts = hydrated ? stored : DEFAULT_MONTHS;
	return { drafts, ...readMonths(drafts, f) };
}
