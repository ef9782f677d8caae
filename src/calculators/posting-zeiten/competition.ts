/**
 * The list of known competitor posting times, as typed by the user, one entry per line or
 * separated by „;“:
 *   Mo–Fr 9:00          every weekday at 9
 *   Di 12 ×3            three posts on Tuesday at 12
 *   täglich 18–20       one post in each hour from 18 to 20 (end excluded)
 *   Sa, So 10:30        „#“ starts a comment
 */
import { parseWeekday } from './parse-time';
import { HOURS_PER_WEEK, emptyWeek, toSlot } from './week';

export type CompetitionError = 'days' | 'time' | 'count' | 'syntax';

export interface CompetitionParse {
	week: Float64Array;
	/** Number of entries that were read. */
	entries: number;
	errors: { line: number; text: string; error: CompetitionError }[];
}

const DAY_GROUPS: Record<string, number[]> = {
	täglich: [0, 1, 2, 3, 4, 5, 6],
	tgl: [0, 1, 2, 3, 4, 5, 6],
	daily: [0, 1, 2, 3, 4, 5, 6],
	werktags: [0, 1, 2, 3, 4],
	wochentags: [0, 1, 2, 3, 4],
	weekdays: [0, 1, 2, 3, 4],
	wochenende: [5, 6],
	weekend: [5, 6],
};

/** Weekdays from „Mo“, „Mo–Fr“, „Mo, Mi, Fr“ or „täglich“; `undefined` when a name is unknown. */
export function parseDays(text: string): number[] | undefined {
	const group = DAY_GROUPS[text.trim().toLowerCase().replace(/\.$/, '')];
	if (group) return group;
	const out = new Set<number>();
	for (const part of text.split(/\s*,\s*/)) {
		const range = part.split(/\s*[-–]\s*/);
		if (range.length === 1) {
			const d = parseWeekday(part);
			if (d === undefined) return undefined;
			out.add(d);
		} else if (range.length === 2) {
			const a = parseWeekday(range[0] ?? '');
			const b = parseWeekday(range[1] ?? '');
			if (a === undefined || b === undefined) return undefined;
			// A range may wrap around the week end: „Fr–Mo“.
			for (let d = a; ; d = (d + 1) % 7) {
				out.add(d);
				if (d === b) break;
			}
		} else return undefined;
	}
	return [...out].sort((x, y) => x - y);
}

const ENTRY =
	/^(.+?)\s+(\d{1,2})(?::(\d{2}))?(?:\s*[-–]\s*(\d{1,2})(?::(\d{2}))?)?\s*(?:uhr|h)?\s*(?:[×x*]\s*(\S+)|(\S+)\s*[×x])?$/i;

/** Parse the whole list; bad entries are reported with their line number and nothing else is lost. */
export function parseCompetition(text: string): CompetitionParse {
	const week = emptyWeek();
	const result: CompetitionParse = { week, entries: 0, errors: [] };
	text.split('\n').forEach((rawLine, index) => {
		const line = rawLine.replace(/#.*/, '');
		for (const piece of line.split(';')) {
			const entry = piece.trim();
			if (entry === '') continue;
			const fail = (error: CompetitionError): void => void result.errors.push({ line: index + 1, text: entry, error });
			const m = ENTRY.exec(entry);
			if (!m) {
				fail('syntax');
				continue;
			}
			const days = parseDays(m[1] ?? '');
			if (!days) {
				fail('days');
				continue;
			}
			const start = Number(m[2]);
			const end = m[4] === undefined ? start + 1 : Number(m[4]);
			if (start > 23 || end > 24 || end <= start || Number(m[3] ?? 0) > 59 || Number(m[5] ?? 0) > 59) {
				fail('time');
				continue;
			}
			const rawCount = m[6] ?? m[7];
			const count = rawCount === undefined ? 1 : Number(rawCount.replace(',', '.'));
			if (!Number.isFinite(count) || count < 0 || count > 1000) {
				fail('count');
				continue;
			}
			for (const d of days) for (let h = start; h < end; h++) week[toSlot(d, h)] = (week[toSlot(d, h)] ?? 0) + count;
			result.entries++;
		}
	});
	return result;
}

/** Total number of competitor posts in a week. */
export function totalPosts(week: ArrayLike<number>): number {
	let t = 0;
	for (let i = 0; i < HOURS_PER_WEEK; i++) t += week[i] ?? 0;
	return t;
}
