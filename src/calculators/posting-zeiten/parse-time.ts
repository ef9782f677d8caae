/**
 * Readers for the time values found in CSV exports: timestamps (ISO 8601 or German
 * „TT.MM.JJJJ HH:MM“), weekday names (German or English) and hour labels („9“, „9h“, „9 Uhr“).
 */
import { daysFromCivil, daysInMonth, slotOfLocalMs } from './week';

/**
 * A parsed timestamp: an instant when the text names its offset („Z“, „+02:00“), otherwise a
 * wall-clock time that is taken as the audience's local time (there is nothing to convert).
 */
export type Timestamp = { kind: 'instant'; epochMs: number } | { kind: 'local'; slot: number; localMs: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*Uhr)?$/i;

function build(
	y: number,
	mo: number,
	d: number,
	h: number,
	mi: number,
	s: number,
	offset: string | undefined,
): Timestamp | undefined {
	if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 60) return undefined;
	const localMs = (daysFromCivil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s) * 1000;
	if (offset === undefined) return { kind: 'local', slot: slotOfLocalMs(localMs), localMs };
	if (offset.toUpperCase() === 'Z') return { kind: 'instant', epochMs: localMs };
	const sign = offset[0] === '-' ? -1 : 1;
	const digits = offset.slice(1).replace(':', '');
	const oh = Number(digits.slice(0, 2));
	const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
	if (oh > 18 || om > 59) return undefined;
	return { kind: 'instant', epochMs: localMs - sign * (oh * 60 + om) * 60_000 };
}

/** Parse one timestamp field, or `undefined` when it is not a valid date and time. */
export function parseTimestamp(raw: string): Timestamp | undefined {
	const text = raw.trim();
	let m = ISO.exec(text);
	if (m) {
		// A bare date („2025-03-30“) has no hour, so it cannot place a visit in the day.
		if (m[4] === undefined) return undefined;
		return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), m[7]);
	}
	m = GERMAN.exec(text);
	if (m)
		return build(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), undefined);
	return undefined;
}

const WEEKDAYS: Record<string, number> = {};
const NAMES = [
	['mo', 'montag', 'mon', 'monday'],
	['di', 'dienstag', 'tue', 'tues', 'tuesday'],
	['mi', 'mittwoch', 'wed', 'wednesday'],
	['do', 'donnerstag', 'thu', 'thur', 'thurs', 'thursday'],
	['fr', 'freitag', 'fri', 'friday'],
	['sa', 'samstag', 'sonnabend', 'sat', 'saturday'],
	['so', 'sonntag', 'sun', 'sunday'],
];
NAMES.forEach((names, day) => names.forEach((n) => (WEEKDAYS[n] = day)));

/** Weekday 0 = Montag … 6 = Sonntag from a German or English name or abbreviation. */
export function parseWeekday(raw: string): number | undefined {
	return WEEKDAYS[raw.trim().toLowerCase().replace(/\.$/, '')];
}

const HOUR = /^(\d{1,2})(?::00)?\s*(?:h|uhr)?(?:\s*[-–]\s*\d{1,2}(?::00)?\s*(?:h|uhr)?)?$/i;
const HOUR_12 = /^(\d{1,2})\s*(am|pm)$/i;

/** Hour 0–23 from „9“, „09“, „9h“ (Matomo), „9 Uhr“, „9:00“, „9–10 Uhr“ or „9 AM“. */
export function parseHour(raw: string): number | undefined {
	const text = raw.trim();
	const m = HOUR.exec(text);
	if (m) {
		const h = Number(m[1]);
		return h <= 23 ? h : undefined;
	}
	const m12 = HOUR_12.exec(text);
	if (m12) {
		const h = Number(m12[1]);
		if (h < 1 || h > 12) return undefined;
		return (h % 12) + (m12[2]?.toLowerCase() === 'pm' ? 12 : 0);
	}
	return undefined;
}
