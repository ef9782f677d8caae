/**
 * The monthly table as the user typed it. Values stay text („1.250“, „1,5“, even „abc“), so that
 * nothing typed is lost and a bad entry keeps its message after a reload; `parseMonth` reads it.
 */
import { parseDecimal } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import { byKey, hasUniqueIds, list, object, refine, text, type Infer } from '../../lib/schema';
import { MEASURE_LIMITS, MEASURES, type MeasureId } from './measures';
import { monthName } from './names';

export const MIN_MONTHS = 2;
export const MAX_MONTHS = 60;
export const MAX_LABEL = 30;

const monthId = text(7, /^m\d{1,6}$/);
const monthLabel = text(MAX_LABEL);
const typedValue = text(40);

/** One month of the table as stored. */
export const monthDraftSchema = object({
	/** Stable key for fields and list items, e.g. „m3“. */
	id: monthId,
	/** Free label such as „2026-03“ or „März 2026“; empty shows „Monat 1“ etc. */
	label: monthLabel,
	values: byKey(MEASURES, typedValue),
});
export type MonthDraft = Infer<typeof monthDraftSchema>;

/** The stored table: 2–60 months with distinct ids. */
export const monthsSchema = refine(list(monthDraftSchema, MAX_MONTHS, MIN_MONTHS), hasUniqueIds);

export interface ParsedMonth {
	id: string;
	label: string;
	/** `null` = not recorded (empty field) or not readable. */
	values: Record<MeasureId, number | null>;
	errors: Partial<Record<MeasureId, string>>;
}

export function emptyValues(): Record<MeasureId, string> {
	return Object.fromEntries(MEASURES.map((m) => [m, ''])) as Record<MeasureId, string>;
}

/** Message when more questions are answered than were asked; `{questions}` is filled in. */
export interface MonthMessages {
	answeredAboveQuestions: string;
}

/** Read one month; empty fields are „not recorded“, bad ones carry a German message. */
export function parseMonth(draft: MonthDraft, messages: MonthMessages): ParsedMonth {
	const values = Object.fromEntries(MEASURES.map((m) => [m, null])) as Record<MeasureId, number | null>;
	const errors: Partial<Record<MeasureId, string>> = {};
	for (const m of MEASURES) {
		const raw = draft.values[m];
		if (raw.trim() === '') continue;
		const r = parseDecimal(raw, MEASURE_LIMITS[m]);
		if (r.ok) values[m] = r.value;
		else errors[m] = r.error;
	}
	if (values.answered !== null && values.questions !== null && values.answered > values.questions) {
		errors.answered = fillTemplate(messages.answeredAboveQuestions, { questions: values.questions });
		values.answered = null;
	}
	return { id: draft.id, label: draft.label.trim(), values, errors };
}

/** The next free id („m7“ after „m6“). */
export function nextMonthId(months: readonly MonthDraft[]): string {
	const used = months.map((m) => Number(m.id.slice(1))).filter(Number.isFinite);
	return `m${Math.max(0, ...used) + 1}`;
}

const monthNames = Array.from({ length: 12 }, (_, m) =>
	new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
);

/**
 * The label of the month after `label` in the same notation: „2026-12“ → „2027-01“,
 * „03/2026“ → „04/2026“, „März 2026“ → „April 2026“. Anything else gives an empty label.
 */
export function nextMonthLabel(label: string): string {
	const text = label.trim();
	let m = /^(\d{4})-(\d{1,2})$/.exec(text);
	if (m) {
		const [y, mo] = step(Number(m[1]), Number(m[2]));
		return mo === 0 ? '' : `${y}-${String(mo).padStart(2, '0')}`;
	}
	m = /^(\d{1,2})([/.])(\d{4})$/.exec(text);
	if (m) {
		const [y, mo] = step(Number(m[3]), Number(m[1]));
		return mo === 0 ? '' : `${String(mo).padStart(2, '0')}${m[2]}${y}`;
	}
	m = /^(\p{L}+)\s+(\d{4})$/u.exec(text);
	if (m) {
		const index = monthNames.findIndex((n) => n.toLowerCase() === m?.[1]?.toLowerCase());
		if (index >= 0) {
			const [y, mo] = step(Number(m[2]), index + 1);
			return `${monthNames[mo - 1]} ${y}`;
		}
	}
	return '';
}

/** Year and month after (year, month); month 0 signals an impossible month such as 13. */
function step(year: number, month: number): [number, number] {
	if (month < 1 || month > 12) return [year, 0];
	return month === 12 ? [year + 1, 1] : [year, month + 1];
}

/** Add a month after the last one, labelled in the same notation when that is recognisable. */
export function addMonth(months: readonly MonthDraft[]): MonthDraft[] {
	if (months.length >= MAX_MONTHS) return [...months];
	const last = months[months.length - 1];
	return [...months, { id: nextMonthId(months), label: last ? nextMonthLabel(last.label) : '', values: emptyValues() }];
}

/** Remove a month, but never below the two months a comparison needs. */
export function removeMonth(months: readonly MonthDraft[], id: string): MonthDraft[] {
	if (months.length <= MIN_MONTHS) return [...months];
	return months.filter((m) => m.id !== id);
}

/**
 * What can be kept of a stored table that failed `monthsSchema`: every readable month, with an
 * unreadable label or value left empty; a repeated id gets a fresh one, and the table is filled
 * up to the two months a comparison needs. `lost` counts dropped months and emptied fields.
 */
export function salvageMonths(value: unknown): { value: MonthDraft[]; lost: number } | undefined {
	if (!Array.isArray(value)) return undefined;
	const out: MonthDraft[] = [];
	let lost = 0;
	for (const item of value as unknown[]) {
		const v = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
		const stored = (typeof v['values'] === 'object' && v['values'] !== null ? v['values'] : {}) as Record<
			string,
			unknown
		>;
		const storedId = monthId(v['id']);
		if (out.length >= MAX_MONTHS || storedId === undefined) {
			lost++;
			continue;
		}
		const label = monthLabel(v['label']) ?? '';
		const values = emptyValues();
		for (const m of MEASURES) {
			const value = typedValue(stored[m]);
			if (value !== undefined) values[m] = value;
			else if (stored[m] !== undefined) lost++;
		}
		if (label !== v['label']) lost++;
		const id = out.some((m) => m.id === storedId) ? nextMonthId(out) : storedId;
		out.push({ id, label, values });
	}
	while (out.length < MIN_MONTHS) out.push({ id: nextMonthId(out), label: '', values: emptyValues() });
	return { value: out, lost };
}

/** Two empty months: the smallest table that allows a comparison. */
export const DEFAULT_MONTHS: readonly MonthDraft[] = [
	{ id: 'm1', label: '', values: emptyValues() },
	{ id: 'm2', label: '', values: emptyValues() },
];

/** Whether a table is still the two empty default months (what the server renders). */
export function isDefaultTable(months: readonly MonthDraft[]): boolean {
	return months.length === DEFAULT_MONTHS.length && months.every((m, i) => m === DEFAULT_MONTHS[i]);
}

/** The two form strings that reading the table needs. */
export interface MonthReadStrings {
	answeredAboveQuestions: string;
	monthFallback: string;
}

/** Every month read, with the name it is shown under („Monat 3“ where the label is empty). */
export function readMonths(
	drafts: readonly MonthDraft[],
	f: MonthReadStrings,
): { parsed: ParsedMonth[]; names: string[] } {
	const parsed = drafts.map((d) => parseMonth(d, { answeredAboveQuestions: f.answeredAboveQuestions }));
	return { parsed, names: parsed.map((m, i) => monthName(m.label, i, f.monthFallback)) };
}
