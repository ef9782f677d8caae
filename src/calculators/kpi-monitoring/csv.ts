/**
 * The monthly table as CSV for spreadsheets and back: „;“ as separator, decimal comma, a byte
 * order mark so that Excel reads umlauts as UTF-8. Import is all or nothing: every bad line is
 * reported with its line number, and a file with any problem changes nothing.
 */
import { formatCsv, parseCsv } from '../../lib/csv';
import { fillTemplate } from '../../lib/template';
import { MEASURES, type MeasureId } from './measures';
import {
	emptyValues,
	MAX_LABEL,
	MAX_MONTHS,
	MIN_MONTHS,
	parseMonth,
	type MonthDraft,
	type ParsedMonth,
} from './months';

export type CsvColumn = 'month' | MeasureId;

/** Column headers (from the dictionary) and the messages an import can report. */
export interface KpiCsvStrings {
	headers: Record<CsvColumn, string>;
	messages: {
		empty: string;
		unclosedQuote: string;
		missingMonth: string;
		unknownColumn: string;
		duplicateColumn: string;
		tooManyCells: string;
		labelTooLong: string;
		cell: string;
		tooFewMonths: string;
		tooManyMonths: string;
		answeredAboveQuestions: string;
	};
}

export interface CsvProblem {
	/** Line in the file as an editor shows it; `null` for the file as a whole. */
	line: number | null;
	message: string;
}

export type KpiImport = { ok: true; months: MonthDraft[] } | { ok: false; problems: CsvProblem[] };

const numberFormat = (decimals: boolean) =>
	new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: decimals ? 6 : 0 });
const countFormat = numberFormat(false);
const decimalFormat = numberFormat(true);

/**
 * A label that starts like a formula („=“, „+“, „-“, „@“) would be run by spreadsheet programs;
 * a leading apostrophe keeps it text, and the import removes it again.
 */
const FORMULA_START = /^'*[=+\-@]/;
const protect = (label: string): string => (FORMULA_START.test(label) ? `'${label}` : label);
const unprotect = (label: string): string => (/^'+[=+\-@]/.test(label) ? label.slice(1) : label);

/** The table as CSV text; only readable values are written (the form shows the rest as errors). */
export function buildKpiCsv(months: readonly ParsedMonth[], headers: KpiCsvStrings['headers']): string {
	const columns: CsvColumn[] = ['month', ...MEASURES];
	const rows = [columns.map((c) => headers[c])];
	for (const m of months) {
		const cells = [protect(m.label)];
		for (const id of MEASURES) {
			const v = m.values[id];
			cells.push(v === null ? '' : (id === 'responseHours' ? decimalFormat : countFormat).format(v));
		}
		rows.push(cells);
	}
	return formatCsv(rows);
}

const normalise = (text: string): string => text.trim().toLowerCase();

/** Map header cells to columns; problems for unknown, doubled or missing columns. */
function readHeader(cells: string[], strings: KpiCsvStrings): { columns: (CsvColumn | null)[]; problems: string[] } {
	const byName = new Map<string, CsvColumn>();
	for (const c of ['month', ...MEASURES] as CsvColumn[]) {
		byName.set(normalise(strings.headers[c]), c);
		byName.set(normalise(c), c);
	}
	const problems: string[] = [];
	const seen = new Set<CsvColumn>();
	const columns = cells.map((cell) => {
		if (cell.trim() === '') return null;
		const column = byName.get(normalise(cell));
		if (!column) {
			problems.push(fillTemplate(strings.messages.unknownColumn, { column: cell.trim() }));
			return null;
		}
		if (seen.has(column)) problems.push(fillTemplate(strings.messages.duplicateColumn, { column: cell.trim() }));
		seen.add(column);
		return column;
	});
	if (!seen.has('month')) problems.push(fillTemplate(strings.messages.missingMonth, { column: strings.headers.month }));
	return { columns, problems };
}

/** Read a CSV file into months; any problem rejects the whole file. */
export function parseKpiCsv(text: string, strings: KpiCsvStrings, nextId: (index: number) => string): KpiImport {
	const msg = strings.messages;
	const table = parseCsv(text, ';');
	const [head, ...rows] = table.records;
	if (!head) return { ok: false, problems: [{ line: null, message: msg.empty }] };
	const problems: CsvProblem[] = [];
	if (table.unclosedQuoteLine !== null) problems.push({ line: table.unclosedQuoteLine, message: msg.unclosedQuote });
	const header = readHeader(head.cells, strings);
	for (const message of header.problems) problems.push({ line: head.line, message });
	if (header.problems.length > 0) return { ok: false, problems };

	const months: MonthDraft[] = [];
	for (const row of rows) {
		const draft: MonthDraft = { id: nextId(months.length), label: '', values: emptyValues() };
		const lineProblems: string[] = [];
		row.cells.forEach((cell, i) => {
			const column = header.columns[i];
			if (column === undefined) {
				if (cell.trim() !== '') lineProblems.push(msg.tooManyCells);
			} else if (column === 'month') draft.label = unprotect(cell.trim());
			else if (column !== null) draft.values[column] = cell.trim();
		});
		if (draft.label.length > MAX_LABEL) lineProblems.push(fillTemplate(msg.labelTooLong, { max: MAX_LABEL }));
		const parsed = parseMonth(draft, { answeredAboveQuestions: msg.answeredAboveQuestions });
		for (const m of MEASURES) {
			const error = parsed.errors[m];
			if (error) lineProblems.push(fillTemplate(msg.cell, { column: strings.headers[m], error }));
		}
		// Report each line once, with all its problems, as the user fixes them line by line.
		for (const message of new Set(lineProblems)) problems.push({ line: row.line, message });
		months.push(draft);
	}
	if (months.length < MIN_MONTHS)
		problems.push({ line: null, message: fillTemplate(msg.tooFewMonths, { count: months.length }) });
	if (months.length > MAX_MONTHS)
		problems.push({ line: null, message: fillTemplate(msg.tooManyMonths, { max: MAX_MONTHS }) });
	return problems.length > 0 ? { ok: false, problems } : { ok: true, months };
}
