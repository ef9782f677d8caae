import { parseDecimal } from '../../lib/number';
import { isActivityId, type ActiveRung, type ActivityId, ACTIVE_RUNGS } from './rungs';
import { surveyedRungs, tallyRespondents, type Answer, type Answers, type RungCounts } from './classify';
import { parseCsv } from '../../lib/csv';

/**
 * Reads a survey export with one row per respondent and one column per ladder activity, and
 * counts the rungs. Problems are returned with their line numbers, never thrown; a row with a
 * bad value is left out of n so that a typo cannot silently turn someone into an Inactive.
 */

export type SurveyIssue =
	| { code: 'leer'; line: 0 }
	| { code: 'keine-aktivitaeten'; line: number }
	| { code: 'offenes-anfuehrungszeichen'; line: number }
	| { code: 'unbekannte-spalte'; line: number; column: string }
	| { code: 'doppelte-spalte'; line: number; column: string }
	| { code: 'ungueltiger-wert'; line: number; column: string; value: string }
	| { code: 'zu-viele-zellen'; line: number }
	| { code: 'keine-antworten'; line: number };

export interface SurveyResult {
	/** Respondents counted (valid rows). */
	n: number;
	counts: RungCounts;
	/** Rungs with at least one recognised column. */
	surveyed: ActiveRung[];
	/** Rungs without any column; their share cannot be computed. */
	missing: ActiveRung[];
	/** Activity columns that were recognised, in file order. */
	columns: ActivityId[];
	/** Rows left out because of bad values. */
	skipped: number;
	issues: SurveyIssue[];
}

/** Column names that identify a respondent or a timestamp; they are skipped without a warning. */
const META_COLUMNS = new Set([
	'id',
	'nr',
	'nummer',
	'lfd_nr',
	'teilnehmer',
	'teilnehmerin',
	'teilnehmende',
	'person',
	'name',
	'zeitstempel',
	'timestamp',
	'datum',
	'uhrzeit',
	'kommentar',
	'bemerkung',
	'gruppe',
]);

/** Lower-case, umlauts spelled out, everything else but letters and digits turned into `_`. */
export function normalizeHeader(raw: string): string {
	return raw
		.trim()
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

const WORDS: Record<string, Answer> = {
	ja: 'ja',
	j: 'ja',
	yes: 'ja',
	y: 'ja',
	x: 'ja',
	wahr: 'ja',
	true: 'ja',
	nein: 'nie',
	n: 'nie',
	no: 'nie',
	nie: 'nie',
	niemals: 'nie',
	never: 'nie',
	falsch: 'nie',
	false: 'nie',
	taeglich: 'taeglich',
	tgl: 'taeglich',
	mehrmals_taeglich: 'taeglich',
	daily: 'taeglich',
	woechentlich: 'woechentlich',
	mehrmals_pro_woche: 'woechentlich',
	mehrmals_woechentlich: 'woechentlich',
	weekly: 'woechentlich',
	monatlich: 'monatlich',
	mehrmals_im_monat: 'monatlich',
	mehrmals_monatlich: 'monatlich',
	monthly: 'monatlich',
	seltener: 'seltener',
	selten: 'seltener',
	weniger_als_monatlich: 'seltener',
	seltener_als_monatlich: 'seltener',
	less_often: 'seltener',
};

/**
 * Read one cell: yes/no words, `x`, 1/0 (also written „1,0“) or a frequency word. Empty means
 * „not ticked“. Returns `null` for anything else, so that the caller can report it.
 */
export function parseAnswer(raw: string): Answer | 'leer' | null {
	const text = raw.trim();
	if (text === '' || text === '-' || text === '–') return text === '' ? 'leer' : 'nie';
	const word = WORDS[normalizeHeader(text)];
	if (word) return word;
	const number = parseDecimal(text);
	if (number.ok && number.value === 1) return 'ja';
	if (number.ok && number.value === 0) return 'nie';
	return null;
}

type ColumnRole = { kind: 'activity'; activity: ActivityId } | { kind: 'ignore' };

/** Decide what each header cell means and report unknown or repeated columns. */
function mapColumns(header: string[], line: number, issues: SurveyIssue[]): ColumnRole[] {
	const seen = new Set<ActivityId>();
	return header.map((raw): ColumnRole => {
		const key = normalizeHeader(raw);
		if (isActivityId(key)) {
			if (seen.has(key)) {
				issues.push({ code: 'doppelte-spalte', line, column: raw.trim() });
				return { kind: 'ignore' };
			}
			seen.add(key);
			return { kind: 'activity', activity: key };
		}
		if (key !== '' && !META_COLUMNS.has(key)) issues.push({ code: 'unbekannte-spalte', line, column: raw.trim() });
		return { kind: 'ignore' };
	});
}

/** Parse a survey CSV and count the rungs. */
export function evaluateSurvey(text: string): SurveyResult {
	const issues: SurveyIssue[] = [];
	const table = parseCsv(text);
	if (table.unclosedQuoteLine !== null)
		issues.push({ code: 'offenes-anfuehrungszeichen', line: table.unclosedQuoteLine });
	const [header, ...rows] = table.records;
	if (!header) return summarize([], [], 0, [{ code: 'leer', line: 0 }, ...issues]);

	const roles = mapColumns(header.cells, header.line, issues);
	const columns = roles.flatMap((r) => (r.kind === 'activity' ? [r.activity] : []));
	if (columns.length === 0) {
		issues.unshift({ code: 'keine-aktivitaeten', line: header.line });
		return summarize([], [], rows.length, issues);
	}

	const respondents: Answers[] = [];
	let skipped = 0;
	for (const row of rows) {
		const answers: Answers = {};
		let valid = true;
		let answered = false;
		row.cells.forEach((cell, i) => {
			const role = roles[i];
			if (role?.kind !== 'activity') return;
			const answer = parseAnswer(cell);
			if (answer === null) {
				valid = false;
				issues.push({
					code: 'ungueltiger-wert',
					line: row.line,
					column: header.cells[i]?.trim() ?? '',
					value: cell.trim(),
				});
			} else if (answer !== 'leer') {
				answers[role.activity] = answer;
				answered = true;
			}
		});
		if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((c) => c.trim() !== '')) {
			issues.push({ code: 'zu-viele-zellen', line: row.line });
		}
		if (!valid) {
			skipped++;
			continue;
		}
		// With „x“-style sheets an Inactive leaves every activity cell empty, so such a row is
		// counted (as Inactive) but flagged, in case it was an unfinished entry instead.
		if (!answered) issues.push({ code: 'keine-antworten', line: row.line });
		respondents.push(answers);
	}
	return summarize(respondents, columns, skipped, issues);
}

function summarize(
	respondents: Answers[],
	columns: ActivityId[],
	skipped: number,
	issues: SurveyIssue[],
): SurveyResult {
	const surveyed = surveyedRungs(columns);
	return {
		n: respondents.length,
		counts: tallyRespondents(respondents, surveyed),
		surveyed,
		missing: ACTIVE_RUNGS.filter((r) => !surveyed.includes(r)),
		columns,
		skipped,
		issues,
	};
}
