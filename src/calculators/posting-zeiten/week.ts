/**
 * The week as the calculator sees it: 168 hour slots, slot = weekday × 24 + hour, with
 * weekday 0 = Montag … 6 = Sonntag (as German calendars count, and as `WeeklySchedule` does).
 */
export const HOURS_PER_DAY = 24;
export const DAYS_PER_WEEK = 7;
export const HOURS_PER_WEEK = 168;

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** Slot index for a weekday (0 = Montag) and an hour (0–23). */
export function toSlot(weekday: number, hour: number): number {
	return weekday * HOURS_PER_DAY + hour;
}

/** Weekday (0 = Montag) of a slot. */
export function slotWeekday(slot: number): number {
	return Math.floor(slot / HOURS_PER_DAY);
}

/** Hour (0–23) of a slot. */
export function slotHour(slot: number): number {
	return slot % HOURS_PER_DAY;
}

/** Slot `offset` hours after `slot`, wrapping from Sunday night into Monday morning. */
export function shiftSlot(slot: number, offset: number): number {
	return (((slot + offset) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
}

/** Shortest distance in hours between two slots on the circular week. */
export function circularDistance(a: number, b: number): number {
	const d = Math.abs(a - b) % HOURS_PER_WEEK;
	return Math.min(d, HOURS_PER_WEEK - d);
}

/**
 * Days since 1970-01-01 for a proleptic Gregorian date, without Date objects (Howard Hinnant's
 * `days_from_civil`), because the log scanner calls it once per line.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

/** Weekday (0 = Montag) of a count of days since 1970-01-01, which was a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
	return (((epochDay + 3) % 7) + 7) % 7;
}

/** Slot of a wall-clock time given as milliseconds since 1970 „as if UTC“. */
export function slotOfLocalMs(localMs: number): number {
	const day = Math.floor(localMs / MS_PER_DAY);
	const hour = Math.floor((localMs - day * MS_PER_DAY) / MS_PER_HOUR);
	return weekdayOfEpochDay(day) * HOURS_PER_DAY + hour;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
	return month === 2
		? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
			? 29
			: 28
		: [4, 6, 9, 11].includes(month)
			? 30
			: 31;
}

/** A fresh all-zero week. */
export function emptyWeek(): Float64Array {
	return new Float64Array(HOURS_PER_WEEK);
}
