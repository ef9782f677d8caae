/**
 * A readable summary of when a persona is likely online, derived from the weekly schedule: the
 * way to work plus the margin before it, the lunch break, the way home, the free evening and the
 * days off. It is only a description for the card; the posting-time calculator does the maths.
 */
import type { WeeklySchedule } from '../../lib/schedule';

export type WindowKind = 'beforeWork' | 'lunch' | 'afterWork' | 'evening' | 'dayOff';

export interface OnlineWindow {
	kind: WindowKind;
	/** Weekdays 0 = Montag … 6 = Sonntag. */
	days: number[];
	/** Minutes after midnight; `end` may be smaller than `start` when the window passes midnight. */
	start: number;
	end: number;
}

const wrap = (m: number): number => ((m % 1440) + 1440) % 1440;

/** The online windows of a week, in the order of a day. */
export function describeOnlineWindows(s: WeeklySchedule): OnlineWindow[] {
	const work = [...s.workDays].sort((a, b) => a - b);
	const off = [0, 1, 2, 3, 4, 5, 6].filter((d) => !work.includes(d));
	const out: OnlineWindow[] = [];
	const around = s.commuteMinutes + s.marginMinutes;
	if (work.length > 0) {
		if (around > 0) out.push({ kind: 'beforeWork', days: work, start: wrap(s.workStart - around), end: s.workStart });
		if (s.lunchMinutes > 0)
			out.push({ kind: 'lunch', days: work, start: s.lunchStart, end: wrap(s.lunchStart + s.lunchMinutes) });
		if (around > 0) out.push({ kind: 'afterWork', days: work, start: s.workEnd, end: wrap(s.workEnd + around) });
		if (s.eveningEnd !== s.eveningStart)
			out.push({ kind: 'evening', days: work, start: s.eveningStart, end: s.eveningEnd });
	}
	if (off.length > 0 && s.weekendSleep !== s.weekendWake) {
		out.push({ kind: 'dayOff', days: off, start: s.weekendWake, end: s.weekendSleep });
	}
	return out;
}

/** „Mo–Fr“, „Sa, So“ or „Mo, Mi, Fr“: runs of three or more days become a range. */
export function formatDays(days: readonly number[], names: readonly string[]): string {
	const sorted = [...new Set(days)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b);
	const parts: string[] = [];
	let i = 0;
	while (i < sorted.length) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
		const first = names[sorted[i] ?? 0] ?? '';
		const last = names[sorted[j] ?? 0] ?? '';
		if (j - i >= 2) parts.push(`${first}–${last}`);
		else for (let k = i; k <= j; k++) parts.push(names[sorted[k] ?? 0] ?? '');
		i = j + 1;
	}
	return parts.join(', ');
}
