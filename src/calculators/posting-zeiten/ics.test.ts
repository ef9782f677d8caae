import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine } from './ics';
import { buildVTimezone, formatOffset, ruleDay } from './vtimezone';
import { toSlot } from './week';

const NOW = Date.UTC(2025, 0, 15, 10); // Wednesday, 15 January 2025

function parse(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
	return component;
}

/** Local hours and UTC offsets of the first `n` occurrences of an event. */
function occurrences(vevent: ICAL.Component, n: number): { local: string; utcHour: number }[] {
	const event = new ICAL.Event(vevent);
	const it = event.iterator();
	const out: { local: string; utcHour: number }[] = [];
	for (let next = it.next(); next && out.length < n; next = it.next()) {
		out.push({ local: next.toString(), utcHour: next.toJSDate().getUTCHours() });
	}
	return out;
}

describe('buildIcs', () => {
	const text = buildIcs({
		timeZone: 'Europe/Berlin',
		now: NOW,
		calendarName: 'Posting-Plan',
		durationMinutes: 30,
		events: [
			{
				slot: toSlot(1, 19),
				summary: 'Posten: Di 19 Uhr',
				description: 'Warum? Viel Publikum; wenig Konkurrenz, sagt der Rechner.\nZweite Zeile',
			},
			{ slot: toSlot(5, 10), summary: 'Posten: Sa 10 Uhr', description: 'Wochenende' },
		],
	});

	it('is valid iCalendar that an independent parser reads back', () => {
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		const cal = parse(text);
		const events = cal.getAllSubcomponents('vevent');
		expect(events).toHaveLength(2);
		const first = new ICAL.Event(events[0]);
		expect(first.summary).toBe('Posten: Di 19 Uhr');
		expect(first.description).toBe('Warum? Viel Publikum; wenig Konkurrenz, sagt der Rechner.\nZweite Zeile');
		expect(first.isRecurring()).toBe(true);
		expect(first.startDate.zone?.tzid).toBe('Europe/Berlin');
		expect(first.startDate.toString()).toBe('2025-01-21T19:00:00');
		expect(first.duration.toSeconds()).toBe(1800);
		expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(2);
	});

	it('keeps 19:00 local time in winter and summer (both DST switches)', () => {
		const cal = parse(text);
		const [tuesday] = cal.getAllSubcomponents('vevent');
		const list = occurrences(tuesday as ICAL.Component, 45);
		expect(list.every((o) => o.local.endsWith('T19:00:00'))).toBe(true);
		const byDate = new Map(list.map((o) => [o.local.slice(0, 10), o.utcHour]));
		expect(byDate.get('2025-03-25')).toBe(18); // CET, before the spring switch
		expect(byDate.get('2025-04-01')).toBe(17); // CEST, after it
		expect(byDate.get('2025-10-21')).toBe(17); // CEST, before the autumn switch
		expect(byDate.get('2025-10-28')).toBe(18); // CET again
	});

	it('folds long lines at 75 octets and escapes text', () => {
		for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
		const folded = foldLine(`DESCRIPTION:${'ä'.repeat(60)}`);
		expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'ä'.repeat(60)}`);
	});

	it('works for zones in other hemispheres and without DST', () => {
		for (const tz of ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']) {
			const cal = parse(
				buildIcs({
					timeZone: tz,
					now: NOW,
					calendarName: 'x',
					durationMinutes: 15,
					events: [{ slot: toSlot(0, 8), summary: 's', description: 'd' }],
				}),
			);
			const [event] = cal.getAllSubcomponents('vevent');
			const list = occurrences(event as ICAL.Component, 60);
			expect(
				list.every((o) => o.local.endsWith('T08:00:00')),
				tz,
			).toBe(true);
		}
	});
});

describe('buildVTimezone', () => {
	it('describes Berlin, Vienna and Zurich with EU rules', () => {
		for (const tz of ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich']) {
			const lines = buildVTimezone(tz, 2025);
			expect(lines).toContain(`TZID:${tz}`);
			expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
			expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
			expect(lines).toContain('DTSTART:19700329T020000');
			expect(lines).toContain('DTSTART:19701025T030000');
			expect(lines).toContain('TZOFFSETTO:+0200');
			expect(lines).toContain('TZNAME:CEST');
		}
	});

	it('uses the second Sunday of March for New York', () => {
		expect(buildVTimezone('America/New_York', 2025)).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
		expect(ruleDay({ month: 3, nth: 2, weekday: 6, hour: 2, minute: 0 }, 2025)).toBe(9);
		expect(ruleDay({ month: 10, nth: -1, weekday: 6, hour: 3, minute: 0 }, 2025)).toBe(26);
		expect(formatOffset(-210)).toBe('-0330');
	});
});
