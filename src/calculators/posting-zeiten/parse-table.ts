/**
 * Delimited text (CSV with „,“ or „;“, TSV): splitting rows and finding out which column holds
 * what, so the user does not have to say which export they dropped.
 */
import { splitCsvLine, type Delimiter } from '../../lib/csv';
import { parseDecimal } from '../../lib/number';
import { parseHour, parseTimestamp, parseWeekday } from './parse-time';

export type { Delimiter };

/** Split one row into trimmed fields (src/lib/csv.ts); exports pad cells with spaces. */
export function splitRow(line: string, delimiter: Delimiter): string[] {
	return splitCsvLine(line, delimiter).map((f) => f.trim());
}

/** A non-negative count such as „1.234“, „12,5“ or „17“. */
export function parseCount(raw: string): number | undefined {
	const r = parseDecimal(raw, { min: 0 });
	return r.ok ? r.value : undefined;
}

/** What the columns of a table mean, as found by `detectColumns`. */
export type TableLayout =
	| { kind: 'timestamps'; time: number; count: number | undefined }
	| { kind: 'weekday-hour'; weekday: number; hour: number; count: number | undefined }
	| { kind: 'hours'; hour: number; count: number }
	| { kind: 'weekdays'; weekday: number; count: number };

const COUNT_HEADER =
	/^(nb_visits|visits|besuche|anzahl|count|counts|aufrufe|seitenaufrufe|views|pageviews|hits|sessions|sitzungen|zugriffe|wert|value|n)$/i;
const LABEL_HEADER = /^(label|bezeichnung)$/i;
const HOUR_HEADER = /^(stunde|hour|uhrzeit|std\.?|h|label|bezeichnung|time|zeit|tageszeit)$/i;
const HOUR_MARK = /\d\s*(h|uhr|am|pm|:00)/i;

function share(rows: string[][], col: number, test: (v: string) => boolean): number {
	if (rows.length === 0) return 0;
	return rows.filter((r) => r[col] !== undefined && test(r[col] ?? '')).length / rows.length;
}

/** Whether a row looks like a header: no cell reads as a time value and some cell has letters. */
export function looksLikeHeader(cells: string[]): boolean {
	const anyTime = cells.some(
		(c) =>
			parseTimestamp(c) !== undefined ||
			parseWeekday(c) !== undefined ||
			(parseHour(c) !== undefined && /[hu]/i.test(c)),
	);
	return !anyTime && cells.some((c) => /[a-zäöüß_]/i.test(c));
}

/**
 * Decide the layout from sample rows (at least 80 % of them must agree), using header names
 * when there are any. Returns `undefined` when no known layout fits.
 */
export function detectColumns(rows: string[][], header: string[] | undefined): TableLayout | undefined {
	const width = Math.max(0, ...rows.map((r) => r.length));
	const columns = Array.from({ length: width }, (_, i) => i);
	const fits = (col: number, test: (v: string) => boolean): boolean => share(rows, col, test) >= 0.8;
	const named = header?.findIndex((h) => COUNT_HEADER.test(h.trim()));
	const numericCols = columns.filter((c) => fits(c, (v) => parseCount(v) !== undefined));

	const time = columns.find((c) => fits(c, (v) => parseTimestamp(v) !== undefined));
	const weekday = columns.find((c) => fits(c, (v) => parseWeekday(v) !== undefined));
	const labelCol = header?.findIndex((h) => LABEL_HEADER.test(h.trim()));
	// With a header, plain numbers only count as hours under an hour-like name: a column of
	// small visitor counts would otherwise pass for hours.
	const hourCandidates = columns.filter(
		(c) =>
			c !== weekday &&
			c !== named &&
			fits(c, (v) => parseHour(v) !== undefined) &&
			(!header || HOUR_HEADER.test(header[c]?.trim() ?? '') || fits(c, (v) => HOUR_MARK.test(v))),
	);
	// Prefer the labelled column, then one whose values carry „h“/„Uhr“, then the first.
	const hour =
		hourCandidates.find((c) => c === labelCol) ??
		hourCandidates.find((c) => fits(c, (v) => HOUR_MARK.test(v))) ??
		hourCandidates[0];
	const pickCount = (...used: (number | undefined)[]): number | undefined => {
		if (named !== undefined && named >= 0 && !used.includes(named)) return named;
		return numericCols.find((c) => !used.includes(c));
	};

	if (time !== undefined) {
		// Only a named column (or, without a header, a numeric second column) counts as a
		// count: an unnamed number next to a timestamp may just as well be an id.
		const count = header
			? named !== undefined && named >= 0 && named !== time
				? named
				: undefined
			: numericCols.find((c) => c !== time);
		return { kind: 'timestamps', time, count };
	}
	if (weekday !== undefined && hour !== undefined)
		return { kind: 'weekday-hour', weekday, hour, count: pickCount(weekday, hour) };
	if (weekday !== undefined) {
		const count = pickCount(weekday);
		return count === undefined ? undefined : { kind: 'weekdays', weekday, count };
	}
	if (hour !== undefined) {
		const count = pickCount(hour);
		return count === undefined ? undefined : { kind: 'hours', hour, count };
	}
	return undefined;
}
