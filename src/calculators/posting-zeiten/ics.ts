/**
 * The weekly plan as an iCalendar file (RFC 5545): one event per planned hour, repeating every
 * week (RRULE:FREQ=WEEKLY), with DTSTART in the audience's zone (TZID) and that zone's
 * VTIMEZONE. The calendar therefore keeps a 19:00 slot at 19:00 local time in winter and summer.
 */
import { buildVTimezone, formatLocal } from './vtimezone';
import { civilDateIn } from './zone';
import { daysFromCivil, slotHour, slotWeekday, weekdayOfEpochDay } from './week';

const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface IcsEvent {
	slot: number;
	summary: string;
	description: string;
}

export interface IcsOptions {
	timeZone: string;
	events: readonly IcsEvent[];
	/** „Now“ as ms: DTSTAMP and the first week of the series. */
	now: number;
	calendarName: string;
	durationMinutes: number;
}

/** Escape a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Fold a content line to at most 75 octets per line, never inside a UTF-8 character. */
export function foldLine(line: string): string {
	const encoder = new TextEncoder();
	const out: string[] = [];
	let current = '';
	let size = 0;
	for (const ch of line) {
		const bytes = encoder.encode(ch).length;
		const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
		if (size + bytes > limit) {
			out.push(current);
			current = '';
			size = 0;
		}
		current += ch;
		size += bytes;
	}
	out.push(current);
	return out.join('\r\n ');
}

function utcStamp(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** The first date (today or later) of the weekday, as a civil date. */
function firstDate(timeZone: string, now: number, weekday: number): { year: number; month: number; day: number } {
	const today = civilDateIn(timeZone, now);
	const day0 = daysFromCivil(today.year, today.month, today.day);
	const offset = (weekday - weekdayOfEpochDay(day0) + 7) % 7;
	const d = new Date((day0 + offset) * 86_400_000);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The whole .ics file, with CRLF line ends. */
export function buildIcs(o: IcsOptions): string {
	const year = civilDateIn(o.timeZone, o.now).year;
	const stamp = utcStamp(o.now);
	const zoneId = o.timeZone.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Social Media Praxis//Posting-Zeiten-Rechner//DE',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(o.calendarName)}`,
		`X-WR-TIMEZONE:${o.timeZone}`,
		...buildVTimezone(o.timeZone, year),
	];
	for (const e of o.events) {
		const weekday = slotWeekday(e.slot);
		const date = firstDate(o.timeZone, o.now, weekday);
		lines.push(
			'BEGIN:VEVENT',
			`UID:posting-zeiten-${e.slot}-${zoneId}@social-media-praxis.de`,
			`DTSTAMP:${stamp}`,
			`DTSTART;TZID=${o.timeZone}:${formatLocal({ ...date, hour: slotHour(e.slot), minute: 0 })}`,
			`DURATION:PT${Math.max(1, Math.round(o.durationMinutes))}M`,
			`RRULE:FREQ=WEEKLY;BYDAY=${ICAL_DAYS[weekday]}`,
			`SUMMARY:${escapeText(e.summary)}`,
			`DESCRIPTION:${escapeText(e.description)}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
