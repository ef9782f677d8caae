/**
 * An audience model for when there are no data: how likely someone with a given weekly schedule
 * is to look at their feed in each hour of the week. The levels are assumptions of this site
 * (stated on the page), built on the material's advice: people read before and after work and in
 * breaks, little during work and not at night.
 */
import type { WeeklySchedule } from '../../lib/schedule';
import { DAYS_PER_WEEK, HOURS_PER_WEEK, emptyWeek } from './week';

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = MINUTES_PER_DAY * DAYS_PER_WEEK;

/** Activity levels 0–1 per phase of the day. */
export const LEVELS = {
	asleep: 0.02,
	awake: 0.35,
	dayOff: 0.5,
	work: 0.12,
	lunch: 0.8,
	commute: 0.7,
	/** The margin right before and after work: the material's „zeitlicher Zuschlag“. */
	margin: 1,
	evening: 0.85,
} as const;

function fill(minutes: Float32Array, from: number, to: number, level: number): void {
	for (let m = from; m < to; m++) minutes[((m % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK] = level;
}

/** End after start: an end before the start means the next day (e.g. evening until 1:00). */
function endAfter(start: number, end: number): number {
	return end <= start ? end + MINUTES_PER_DAY : end;
}

/** Activity 0–1 for each of the 168 hours of the week, from a weekly schedule. */
export function scheduleToActivity(s: WeeklySchedule): Float64Array {
	const minutes = new Float32Array(MINUTES_PER_WEEK).fill(LEVELS.asleep);
	const workDays = new Set(s.workDays);
	for (let d = 0; d < DAYS_PER_WEEK; d++) {
		const base = d * MINUTES_PER_DAY;
		const eveningEnd = endAfter(s.eveningStart, s.eveningEnd);
		if (workDays.has(d)) {
			const workEnd = endAfter(s.workStart, s.workEnd);
			const leave = s.workStart - s.commuteMinutes;
			const home = workEnd + s.commuteMinutes;
			const wake = leave - s.marginMinutes - 30;
			const sleep = Math.max(eveningEnd, home + s.marginMinutes) + 30;
			fill(minutes, base + wake, base + sleep, LEVELS.awake);
			fill(minutes, base + s.eveningStart, base + eveningEnd, LEVELS.evening);
			fill(minutes, base + s.workStart, base + workEnd, LEVELS.work);
			fill(minutes, base + s.lunchStart, base + s.lunchStart + s.lunchMinutes, LEVELS.lunch);
			fill(minutes, base + leave, base + s.workStart, LEVELS.commute);
			fill(minutes, base + workEnd, base + home, LEVELS.commute);
			fill(minutes, base + leave - s.marginMinutes, base + leave, LEVELS.margin);
			fill(minutes, base + home, base + home + s.marginMinutes, LEVELS.margin);
		} else {
			const sleep = endAfter(s.weekendWake, s.weekendSleep);
			fill(minutes, base + s.weekendWake, base + sleep, LEVELS.dayOff);
			fill(minutes, base + Math.max(s.eveningStart, s.weekendWake), base + Math.min(eveningEnd, sleep), LEVELS.evening);
		}
	}
	const week = emptyWeek();
	for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
		let total = 0;
		for (let m = slot * 60; m < slot * 60 + 60; m++) total += minutes[m] ?? 0;
		week[slot] = total / 60;
	}
	return week;
}
