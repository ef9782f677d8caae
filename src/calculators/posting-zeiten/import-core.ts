/**
 * The importer proper: it takes text in chunks of any size, splits lines, recognises the format
 * from the first lines and aggregates every record. Memory stays bounded: only the unfinished
 * last line of a chunk is kept, and instants are summed per quarter hour, not stored.
 *
 * Instants (logs, timestamps with offset) are kept in UTC quarter hours so that a change of the
 * audience's time zone needs no new import; wall-clock data (Matomo, weekday/hour tables,
 * timestamps without offset) go straight into the local week.
 */
import { isBotOrAsset, parseClfInstant } from './parse-clf';
import { detectColumns, looksLikeHeader, parseCount, splitRow, type Delimiter, type TableLayout } from './parse-table';
import { detectDelimiter } from '../../lib/csv';
import { parseHour, parseTimestamp, parseWeekday } from './parse-time';
import { HOURS_PER_WEEK, toSlot } from './week';

export type FormatId = 'access-log' | 'timestamps' | 'weekday-hour' | 'hours' | 'weekdays';
/** Why a line was not counted. */
export type SkipReason = 'date' | 'weekday' | 'hour' | 'count' | 'columns';
/** Why a whole file could not be read. */
export type FileProblem = 'empty' | 'binary' | 'unknown' | 'gzip' | 'read';

export const SKIP_REASONS: readonly SkipReason[] = ['date', 'weekday', 'hour', 'count', 'columns'];
export const QUARTER_HOUR_MS = 900_000;
/** How many non-empty lines are looked at before the format is decided. */
export const DETECT_LINES = 20;
const CR = 13;
const SPACE_CODE = 32;
/** How many bad lines are shown to the user, with their numbers. */
export const MAX_SAMPLES = 5;

export interface BadLine {
	line: number;
	text: string;
	reason: SkipReason;
}

export interface ImportSummary {
	format: FormatId | undefined;
	problem: FileProblem | undefined;
	/** For an unrecognised file: which family the file name suggests was meant. */
	expected: 'log' | 'table' | undefined;
	/** Data lines seen (not counting empty lines and the header). */
	lines: number;
	/** All lines read, empty ones and the header included (numbers the lines of a later part). */
	lineCount: number;
	/** Lines that were counted. */
	records: number;
	/** Sum of their counts (a record may stand for several visits). */
	total: number;
	skipped: number;
	reasons: Record<SkipReason, number>;
	samples: BadLine[];
	/** Log lines left out on purpose: crawlers and file requests. */
	filtered: number;
	header: string | undefined;
	/** Instants, as UTC quarter hours (ms / 900 000) with their counts. */
	utcKeys: number[];
	utcCounts: number[];
	/** Wall-clock records per slot of the week. */
	local: number[];
	/** Visits per hour of day and per weekday, from reports that give only one of them. */
	hours: number[];
	weekdays: number[];
	/** First and last instant seen (ms), to show the period covered. */
	firstMs: number | undefined;
	lastMs: number | undefined;
}

export interface ImporterOptions {
	fileName: string;
	/** Leave out crawler requests and requests for images, scripts and styles. */
	filterBots: boolean;
	/**
	 * A later part of a file whose first lines were already recognised as an access log: read it
	 * as one, without detecting the format again (the whole file gets the format of its start).
	 */
	assumeLog?: boolean;
}

export interface Importer {
	push(text: string): void;
	end(): ImportSummary;
}

function emptySummary(): ImportSummary {
	return {
		format: undefined,
		problem: undefined,
		expected: undefined,
		lines: 0,
		lineCount: 0,
		records: 0,
		total: 0,
		skipped: 0,
		reasons: { date: 0, weekday: 0, hour: 0, count: 0, columns: 0 },
		samples: [],
		filtered: 0,
		header: undefined,
		utcKeys: [],
		utcCounts: [],
		local: new Array<number>(HOURS_PER_WEEK).fill(0),
		hours: new Array<number>(24).fill(0),
		weekdays: new Array<number>(7).fill(0),
		firstMs: undefined,
		lastMs: undefined,
	};
}

/** Which family of formats the file name points to, for the hint on an unknown file. */
export function expectedFamily(fileName: string): 'log' | 'table' {
	return /\.(log|gz)$|access|log\.\d+$/i.test(fileName) ? 'log' : 'table';
}

/** Create an importer for one file. */
export function createImporter(options: ImporterOptions): Importer {
	const s = emptySummary();
	let carry = '';
	let lineNo = 0;
	// Lines held back until the format is decided; a later part of a log has it decided already.
	let pending: { no: number; text: string }[] | undefined = options.assumeLog ? undefined : [];
	let handle: ((text: string, no: number) => void) | undefined;
	const buckets = new Map<number, number>();
	// Logs are sorted by time, so consecutive lines share a quarter hour: sum runs first.
	let runKey = Number.NaN;
	let runCount = 0;

	const flushRun = (): void => {
		if (runCount > 0) buckets.set(runKey, (buckets.get(runKey) ?? 0) + runCount);
		runCount = 0;
	};
	const addInstant = (ms: number, count: number): void => {
		const key = Math.floor(ms / QUARTER_HOUR_MS);
		if (key !== runKey) {
			flushRun();
			runKey = key;
		}
		runCount += count;
		if (s.firstMs === undefined || ms < s.firstMs) s.firstMs = ms;
		if (s.lastMs === undefined || ms > s.lastMs) s.lastMs = ms;
	};
	const record = (count: number): void => {
		s.records++;
		s.total += count;
	};
	const skip = (text: string, no: number, reason: SkipReason): void => {
		s.skipped++;
		s.reasons[reason]++;
		if (s.samples.length < MAX_SAMPLES)
			s.samples.push({ line: no, text: text.length > 200 ? `${text.slice(0, 200)}…` : text, reason });
	};

	const logHandler = (text: string, no: number): void => {
		s.lines++;
		const ms = parseClfInstant(text);
		if (Number.isNaN(ms)) return skip(text, no, 'date');
		if (options.filterBots && isBotOrAsset(text)) {
			s.filtered++;
			return;
		}
		record(1);
		addInstant(ms, 1);
	};

	if (options.assumeLog) {
		s.format = 'access-log';
		handle = logHandler;
	}

	const tableHandler =
		(delimiter: Delimiter, layout: TableLayout) =>
		(text: string, no: number): void => {
			s.lines++;
			const cells = splitRow(text, delimiter);
			let count = 1;
			if (layout.count !== undefined) {
				const raw = cells[layout.count];
				if (raw === undefined) return skip(text, no, 'columns');
				const c = parseCount(raw);
				if (c === undefined) return skip(text, no, 'count');
				count = c;
			}
			switch (layout.kind) {
				case 'timestamps': {
					const raw = cells[layout.time];
					if (raw === undefined) return skip(text, no, 'columns');
					const ts = parseTimestamp(raw);
					if (!ts) return skip(text, no, 'date');
					record(count);
					if (ts.kind === 'instant') addInstant(ts.epochMs, count);
					else s.local[ts.slot] = (s.local[ts.slot] ?? 0) + count;
					return;
				}
				case 'weekday-hour': {
					const rawDay = cells[layout.weekday];
					const rawHour = cells[layout.hour];
					if (rawDay === undefined || rawHour === undefined) return skip(text, no, 'columns');
					const day = parseWeekday(rawDay);
					if (day === undefined) return skip(text, no, 'weekday');
					const hour = parseHour(rawHour);
					if (hour === undefined) return skip(text, no, 'hour');
					record(count);
					const slot = toSlot(day, hour);
					s.local[slot] = (s.local[slot] ?? 0) + count;
					return;
				}
				case 'hours': {
					const hour = parseHour(cells[layout.hour] ?? '');
					if (hour === undefined) return skip(text, no, 'hour');
					record(count);
					s.hours[hour] = (s.hours[hour] ?? 0) + count;
					return;
				}
				case 'weekdays': {
					const day = parseWeekday(cells[layout.weekday] ?? '');
					if (day === undefined) return skip(text, no, 'weekday');
					record(count);
					s.weekdays[day] = (s.weekdays[day] ?? 0) + count;
					return;
				}
			}
		};

	/** Decide the format from the buffered first lines and replay them. */
	const detect = (): void => {
		const lines = pending ?? [];
		pending = undefined;
		if (lines.length === 0) {
			s.problem = 'empty';
			handle = () => undefined;
			return;
		}
		if (lines.some((l) => l.text.includes('\u0000') || (l.text.match(/\uFFFD/g)?.length ?? 0) > 3)) {
			s.problem = 'binary';
			s.expected = expectedFamily(options.fileName);
			handle = () => undefined;
			return;
		}
		const logHits = lines.filter((l) => !Number.isNaN(parseClfInstant(l.text))).length;
		if (logHits >= lines.length * 0.6) {
			s.format = 'access-log';
			handle = logHandler;
		} else {
			const first = lines[0]?.text ?? '';
			const delimiter = detectDelimiter(first);
			const firstCells = splitRow(first, delimiter);
			const hasHeader = looksLikeHeader(firstCells);
			const rows = (hasHeader ? lines.slice(1) : lines).map((l) => splitRow(l.text, delimiter));
			const layout = detectColumns(rows, hasHeader ? firstCells : undefined);
			if (!layout) {
				s.problem = 'unknown';
				s.expected = expectedFamily(options.fileName);
				handle = () => undefined;
				return;
			}
			s.format = layout.kind;
			if (hasHeader) {
				s.header = first;
				lines.shift();
			}
			handle = tableHandler(delimiter, layout);
		}
		for (const l of lines) handle(l.text, l.no);
	};

	const take = (raw: string): void => {
		lineNo++;
		const text = raw.charCodeAt(raw.length - 1) === CR ? raw.slice(0, -1) : raw;
		// Most lines start with a visible character; only the others need the slower blank test.
		if (!(text.charCodeAt(0) > SPACE_CODE) && text.trim() === '') return;
		if (pending) {
			pending.push({ no: lineNo, text });
			if (pending.length >= DETECT_LINES) detect();
		} else if (handle) handle(text, lineNo);
	};

	return {
		push(input) {
			let text = input;
			if (lineNo === 0 && carry === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			let pos = 0;
			let nl = text.indexOf('\n');
			// The line left over from the last chunk is finished on its own, so that a chunk of
			// several megabytes is not copied just to put a few characters in front of it.
			if (carry !== '') {
				if (nl < 0) {
					carry += text;
					return;
				}
				take(carry + text.slice(0, nl));
				carry = '';
				pos = nl + 1;
				nl = text.indexOf('\n', pos);
			}
			while (nl >= 0) {
				take(text.slice(pos, nl));
				pos = nl + 1;
				nl = text.indexOf('\n', pos);
			}
			carry = text.slice(pos);
		},
		end() {
			if (carry !== '') take(carry);
			carry = '';
			if (pending) detect();
			flushRun();
			s.lineCount = lineNo;
			const keys = [...buckets.keys()].sort((a, b) => a - b);
			s.utcKeys = keys;
			s.utcCounts = keys.map((k) => buckets.get(k) ?? 0);
			if (!s.problem && s.records === 0 && s.lines === 0 && !options.assumeLog) s.problem = 'empty';
			return s;
		},
	};
}

const addInto = (target: number[], source: readonly number[]): void => {
	source.forEach((value, i) => (target[i] = (target[i] ?? 0) + value));
};

/**
 * One summary from the summaries of consecutive parts of a file (read by several workers at
 * once): counts are added, line numbers of later parts are shifted by the lines before them,
 * and the format, header and any problem are those of the first part, as for the whole file.
 */
export function mergeSummaries(parts: readonly ImportSummary[]): ImportSummary {
	const [first, ...rest] = parts;
	if (!first) return emptySummary();
	const s: ImportSummary = {
		...first,
		reasons: { ...first.reasons },
		samples: [...first.samples],
		local: [...first.local],
		hours: [...first.hours],
		weekdays: [...first.weekdays],
	};
	const buckets = new Map<number, number>();
	const addBuckets = (part: ImportSummary): void =>
		part.utcKeys.forEach((key, i) => buckets.set(key, (buckets.get(key) ?? 0) + (part.utcCounts[i] ?? 0)));
	addBuckets(first);
	for (const part of rest) {
		const offset = s.lineCount;
		s.lines += part.lines;
		s.lineCount += part.lineCount;
		s.records += part.records;
		s.total += part.total;
		s.skipped += part.skipped;
		s.filtered += part.filtered;
		for (const reason of SKIP_REASONS) s.reasons[reason] += part.reasons[reason];
		for (const sample of part.samples) {
			if (s.samples.length < MAX_SAMPLES) s.samples.push({ ...sample, line: sample.line + offset });
		}
		addInto(s.local, part.local);
		addInto(s.hours, part.hours);
		addInto(s.weekdays, part.weekdays);
		if (part.firstMs !== undefined && (s.firstMs === undefined || part.firstMs < s.firstMs)) s.firstMs = part.firstMs;
		if (part.lastMs !== undefined && (s.lastMs === undefined || part.lastMs > s.lastMs)) s.lastMs = part.lastMs;
		addBuckets(part);
	}
	s.utcKeys = [...buckets.keys()].sort((a, b) => a - b);
	s.utcCounts = s.utcKeys.map((k) => buckets.get(k) ?? 0);
	return s;
}
