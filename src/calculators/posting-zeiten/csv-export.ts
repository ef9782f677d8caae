/**
 * The scores as CSV for spreadsheets: „;“ as separator and decimal comma (German Excel), with a
 * byte order mark so that Excel reads the umlauts as UTF-8.
 */
import { formatCsv } from '../../lib/csv';
import { formatHour } from '../../lib/clock';
import { HOURS_PER_WEEK, slotHour, slotWeekday } from './week';

export interface CsvStrings {
	/** Column headers: weekday, hour, audience, competition, score, planned. */
	headers: readonly [string, string, string, string, string, string];
	dayNames: readonly string[];
	yes: string;
	no: string;
}

const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2, useGrouping: false });

/** One row per hour of the week; audience and score as 0–100 indices. */
export function buildScoresCsv(
	audience: ArrayLike<number>,
	competition: ArrayLike<number>,
	scoreIndex: ArrayLike<number>,
	planned: ReadonlySet<number>,
	t: CsvStrings,
): string {
	const rows: string[][] = [[...t.headers]];
	for (let s = 0; s < HOURS_PER_WEEK; s++) {
		rows.push([
			t.dayNames[slotWeekday(s)] ?? '',
			formatHour(slotHour(s)),
			number.format((audience[s] ?? 0) * 100),
			number.format(competition[s] ?? 0),
			number.format((scoreIndex[s] ?? 0) * 100),
			planned.has(s) ? t.yes : t.no,
		]);
	}
	return formatCsv(rows);
}
