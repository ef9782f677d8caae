/**
 * Time-zone arithmetic with nothing but `Intl.DateTimeFormat`, so the site ships no tz database.
 * Formatting a date costs a few microseconds, so offsets are cached per UTC day: a day whose
 * start and end share an offset has that offset throughout (zones change at most once a day).
 */
import { slotOfLocalMs } from './week';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** Whether the runtime knows the IANA zone name (e.g. „Europe/Berlin“). */
export function isValidTimeZone(timeZone: string): boolean {
	if (timeZone === '') return false;
	try {
		getFormatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** Offset of the zone from UTC in minutes at an instant (Berlin in summer: 120). */
export function offsetMinutesAt(timeZone: string, epochMs: number): number {
	const parts = getFormatter(timeZone).formatToParts(epochMs);
	const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(
		field('year'),
		field('month') - 1,
		field('day'),
		field('hour'),
		field('minute'),
		field('second'),
	);
	const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
	return Math.round((asUtc - wholeSeconds) / MS_PER_MINUTE);
}

/** Returns a fast offset lookup for one zone, cached per UTC day. */
export function createOffsetLookup(timeZone: string): (epochMs: number) => number {
	const dayCache = new Map<number, number | null>();
	return (epochMs) => {
		const day = Math.floor(epochMs / MS_PER_DAY);
		let cached = dayCache.get(day);
		if (cached === undefined) {
			const start = offsetMinutesAt(timeZone, day * MS_PER_DAY);
			const end = offsetMinutesAt(timeZone, (day + 1) * MS_PER_DAY - 1);
			// null marks a day with a transition: those few instants are asked one by one.
			cached = start === end ? start : null;
			dayCache.set(day, cached);
		}
		return cached ?? offsetMinutesAt(timeZone, epochMs);
	};
}

/** Returns a function mapping an instant to its slot of the week (0–167) in the zone. */
export function createSlotLookup(timeZone: string): (epochMs: number) => number {
	const offsetAt = createOffsetLookup(timeZone);
	return (epochMs) => slotOfLocalMs(epochMs + offsetAt(epochMs) * MS_PER_MINUTE);
}

/** A change of a zone's UTC offset. */
export interface Transition {
	/** The instant of the change. */
	epochMs: number;
	offsetBefore: number;
	offsetAfter: number;
}

/** All offset changes of a zone during a calendar year (UTC), found by day scan plus bisection. */
export function findTransitions(timeZone: string, year: number): Transition[] {
	const out: Transition[] = [];
	const first = Date.UTC(year, 0, 1);
	const last = Date.UTC(year + 1, 0, 1);
	let previous = offsetMinutesAt(timeZone, first);
	for (let t = first + MS_PER_DAY; t <= last; t += MS_PER_DAY) {
		const current = offsetMinutesAt(timeZone, t);
		if (current === previous) continue;
		// Bisect to the minute: lo has the old offset, hi the new one.
		let lo = t - MS_PER_DAY;
		let hi = t;
		while (hi - lo > MS_PER_MINUTE) {
			const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
			if (offsetMinutesAt(timeZone, mid) === previous) lo = mid;
			else hi = mid;
		}
		out.push({ epochMs: hi, offsetBefore: previous, offsetAfter: current });
		previous = current;
	}
	return out;
}

/** Today's calendar date in the zone, e.g. for the first date of a recurring event. */
export function civilDateIn(timeZone: string, epochMs: number): { year: number; month: number; day: number } {
	const local = epochMs + offsetMinutesAt(timeZone, epochMs) * MS_PER_MINUTE;
	const d = new Date(local);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
