/**
 * A persona's typical week, as the persona builder stores it and the posting-time calculator
 * reads it. Times are minutes after midnight (0–1439) in the audience's local time; weekdays
 * are 0 = Montag … 6 = Sonntag, as German calendars count them.
 */
import { integer, numberSet, object, type Infer } from './schema';

/** Minutes after midnight. */
const clockMinutes = integer(0, 1439);
/** A duration of at most four hours. */
const minutes = integer(0, 240);

/** The stored week; weekdays come back without duplicates, in order. */
export const weeklyScheduleSchema = object({
	/** Days with work or school, e.g. [0, 1, 2, 3, 4]. */
	workDays: numberSet(integer(0, 6), 50),
	workStart: clockMinutes,
	workEnd: clockMinutes,
	/** One-way commute in minutes (0 = home office). */
	commuteMinutes: minutes,
	lunchStart: clockMinutes,
	lunchMinutes: minutes,
	/** Free evening on work days. */
	eveningStart: clockMinutes,
	eveningEnd: clockMinutes,
	/** Waking and sleeping time on days off. */
	weekendWake: clockMinutes,
	weekendSleep: clockMinutes,
	/** Margin before and after work in which people check their phones. */
	marginMinutes: minutes,
});
export type WeeklySchedule = Infer<typeof weeklyScheduleSchema>;

export const DEFAULT_SCHEDULE: WeeklySchedule = {
	workDays: [0, 1, 2, 3, 4],
	workStart: 8 * 60,
	workEnd: 17 * 60,
	commuteMinutes: 30,
	lunchStart: 12 * 60,
	lunchMinutes: 45,
	eveningStart: 19 * 60,
	eveningEnd: 22 * 60 + 30,
	weekendWake: 9 * 60,
	weekendSleep: 23 * 60 + 30,
	marginMinutes: 30,
};
