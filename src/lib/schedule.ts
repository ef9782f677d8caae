/**
 * A persona's typical week, as the persona builder stores it and the posting-time calculator
 * reads it. Times are minutes after midnight (0–1439) in the audience's local time; weekdays
 * are 0 = Montag … 6 = Sonntag, as German calendars count them.
 */
export interface WeeklySchedule {
	/** Days with work or school, e.g. [0, 1, 2, 3, 4]. */
	workDays: number[];
	workStart: number;
	workEnd: number;
	/** One-way commute in minutes (0 = home office). */
	commuteMinutes: number;
	lunchStart: number;
	lunchMinutes: number;
	/** Free evening on work days. */
	eveningStart: number;
	eveningEnd: number;
	/** Waking and sleeping time on days off. */
	weekendWake: number;
	weekendSleep: number;
	/** Margin before and after work in which people check their phones. */
	marginMinutes: number;
}

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

const MINUTE_FIELDS = [
	'workStart',
	'workEnd',
	'lunchStart',
	'eveningStart',
	'eveningEnd',
	'weekendWake',
	'weekendSleep',
] as const;

/** Returns the schedule when every field is present and in range, otherwise `undefined`. */
export function validateSchedule(value: unknown): WeeklySchedule | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as Record<string, unknown>;
	const days = v['workDays'];
	if (!Array.isArray(days) || !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) return undefined;
	for (const field of MINUTE_FIELDS) {
		const m = v[field];
		if (typeof m !== 'number' || !Number.isInteger(m) || m < 0 || m > 1439) return undefined;
	}
	for (const field of ['commuteMinutes', 'lunchMinutes', 'marginMinutes'] as const) {
		const m = v[field];
		if (typeof m !== 'number' || !Number.isInteger(m) || m < 0 || m > 240) return undefined;
	}
	return {
		workDays: [...new Set(days as number[])].sort(),
		...(Object.fromEntries(MINUTE_FIELDS.map((f) => [f, v[f]])) as Pick<
			WeeklySchedule,
			(typeof MINUTE_FIELDS)[number]
		>),
		commuteMinutes: v['commuteMinutes'] as number,
		lunchMinutes: v['lunchMinutes'] as number,
		marginMinutes: v['marginMinutes'] as number,
	};
}
