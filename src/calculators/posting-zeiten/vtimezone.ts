/**
 * VTIMEZONE (RFC 5545 §3.6.5) for any IANA zone, derived from the runtime's Intl data: the
 * offset changes of the current year become yearly RRULEs („last Sunday in March“) when the
 * following years follow the same rule, otherwise explicit RDATEs for the next ten years.
 */
import { daysFromCivil, daysInMonth, weekdayOfEpochDay } from './week';
import { findTransitions, offsetMinutesAt, type Transition } from './zone';

const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const MS_PER_MINUTE = 60_000;

interface LocalTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

interface Rule {
	month: number;
	/** 1–4, or −1 for „last“. */
	nth: number;
	weekday: number;
	hour: number;
	minute: number;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** „+0200“ style offset. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Local date-time „20250330T020000“. */
export function formatLocal(t: LocalTime): string {
	return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}00`;
}

/** Wall-clock time just before a transition, in the offset that was valid then. */
function localOnset(t: Transition): LocalTime {
	const d = new Date(t.epochMs + t.offsetBefore * MS_PER_MINUTE);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes(),
	};
}

function ruleOf(t: LocalTime): Rule {
	const weekday = weekdayOfEpochDay(daysFromCivil(t.year, t.month, t.day));
	const last = t.day + 7 > daysInMonth(t.year, t.month);
	return { month: t.month, nth: last ? -1 : Math.ceil(t.day / 7), weekday, hour: t.hour, minute: t.minute };
}

/** Day of month on which a rule falls in a year. */
export function ruleDay(rule: Rule, year: number): number {
	const firstWeekday = weekdayOfEpochDay(daysFromCivil(year, rule.month, 1));
	const firstMatch = 1 + ((rule.weekday - firstWeekday + 7) % 7);
	if (rule.nth > 0) return firstMatch + (rule.nth - 1) * 7;
	let day = firstMatch;
	while (day + 7 <= daysInMonth(year, rule.month)) day += 7;
	return day;
}

function sameDirection(a: Transition, b: Transition): boolean {
	return a.offsetAfter > a.offsetBefore === b.offsetAfter > b.offsetBefore;
}

/** A short zone name such as „CET“ or „EDT“, when the runtime has one. */
function zoneName(timeZone: string, epochMs: number): string | undefined {
	for (const locale of ['en-GB', 'en-US']) {
		const name = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
			.formatToParts(epochMs)
			.find((p) => p.type === 'timeZoneName')?.value;
		if (name && /^[A-Z]{2,5}$/.test(name) && (name !== 'GMT' || offsetMinutesAt(timeZone, epochMs) === 0)) return name;
	}
	return undefined;
}

/** The VTIMEZONE block for a zone as content lines (unfolded). */
export function buildVTimezone(timeZone: string, year: number): string[] {
	const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
	const transitions = findTransitions(timeZone, year);
	if (transitions.length === 0) {
		const at = Date.UTC(year, 0, 1);
		const offset = formatOffset(offsetMinutesAt(timeZone, at));
		const name = zoneName(timeZone, at);
		lines.push(
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			`TZOFFSETFROM:${offset}`,
			`TZOFFSETTO:${offset}`,
			...(name ? [`TZNAME:${name}`] : []),
			'END:STANDARD',
		);
	} else {
		const later = [1, 2, 3].map((i) => findTransitions(timeZone, year + i));
		for (const t of transitions) {
			const kind = t.offsetAfter > t.offsetBefore ? 'DAYLIGHT' : 'STANDARD';
			const onset = localOnset(t);
			const rule = ruleOf(onset);
			const repeats = later.every((ts) => {
				const match = ts.find((x) => sameDirection(x, t));
				if (!match || match.offsetAfter !== t.offsetAfter || match.offsetBefore !== t.offsetBefore) return false;
				const o = localOnset(match);
				return (
					o.month === rule.month && o.day === ruleDay(rule, o.year) && o.hour === rule.hour && o.minute === rule.minute
				);
			});
			const name = zoneName(timeZone, t.epochMs + 1);
			lines.push(`BEGIN:${kind}`);
			if (repeats) {
				const start = { year: 1970, month: rule.month, day: ruleDay(rule, 1970), hour: rule.hour, minute: rule.minute };
				lines.push(
					`DTSTART:${formatLocal(start)}`,
					`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.nth}${ICAL_DAYS[rule.weekday]}`,
				);
			} else {
				// No simple rule (or it is about to change): list the onsets of the coming years.
				const onsets = [
					t,
					...Array.from({ length: 10 }, (_, i) =>
						findTransitions(timeZone, year + 1 + i).find((x) => sameDirection(x, t)),
					),
				]
					.filter((x): x is Transition => x !== undefined)
					.map((x) => formatLocal(localOnset(x)));
				lines.push(`DTSTART:${onsets[0] ?? formatLocal(onset)}`, ...onsets.slice(1).map((o) => `RDATE:${o}`));
			}
			lines.push(
				`TZOFFSETFROM:${formatOffset(t.offsetBefore)}`,
				`TZOFFSETTO:${formatOffset(t.offsetAfter)}`,
				...(name ? [`TZNAME:${name}`] : []),
				`END:${kind}`,
			);
		}
	}
	lines.push('END:VTIMEZONE');
	return lines;
}
