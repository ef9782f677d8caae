/**
 * The monthly table as every KPI-Monitoring island reads it. The inputs, the service table and
 * each series card are islands of their own (each hydrates in a task of its own, issue 14); they
 * share the table through `$kpiMonths` and read it here in one way.
 */
import { useStore } from '@nanostores/preact';
import { $kpiMonths } from '../../stores/kpi-monitoring';
import { useHydrated } from '../../components/use-hydrated';
import { DEFAULT_MONTHS, parseMonth, type MonthDraft, type ParsedMonth } from './months';
import { monthName } from './names';

/** The two form strings that reading a month needs. */
export interface MonthReadStrings {
	answeredAboveQuestions: string;
	monthFallback: string;
}

export interface KpiMonths {
	drafts: readonly MonthDraft[];
	parsed: ParsedMonth[];
	/** Each month's label, or „Monat 3“ where it is empty. */
	names: string[];
}

const isDefault = (months: readonly MonthDraft[]): boolean =>
	months.length === DEFAULT_MONTHS.length && months.every((m, i) => m === DEFAULT_MONTHS[i]);

/** During hydration the defaults (what the server rendered), afterwards the stored table. */
export function useKpiMonths(f: MonthReadStrings): KpiMonths {
	const stored = useStore($kpiMonths);
	const hydrated = useHydrated(() => isDefault(stored));
	const drafts = hydrated ? stored : DEFAULT_MONTHS;
	const parsed = drafts.map((d) => parseMonth(d, { answeredAboveQuestions: f.answeredAboveQuestions }));
	return { drafts, parsed, names: parsed.map((m, i) => monthName(m.label, i, f.monthFallback)) };
}
