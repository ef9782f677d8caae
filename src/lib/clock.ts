/**
 * Times of day ⇄ minutes after midnight, the unit of WeeklySchedule and the seminar plan. One
 * behaviour for every field and table on the site: input is read as people type it („7“, „7:30“,
 * „07.30“, „19 Uhr“), output is always two-digit „07:30“ (DIN 5008, and what `<input
 * type="time">` shows). Errors are codes; each island shows the matching text of `uhrzeit` from
 * the dictionary.
 */
export type ClockError = 'empty' | 'format' | 'range';
export type ClockResult = { ok: true; value: number } | { ok: false; error: ClockError };

const CLOCK_PATTERN = /^(\d{1,2})(?:[:.,h](\d{2}))?(?:uhr)?$/;
const MINUTES_PER_DAY = 24 * 60;

/** Parse a time of day into minutes after midnight (0–1439). */
export function parseClock(raw: string): ClockResult {
	const text = raw.toLowerCase().replace(/[\s\u00a0\u202f]/g, '');
	if (text === '') return { ok: false, error: 'empty' };
	const match = CLOCK_PATTERN.exec(text);
	if (!match) return { ok: false, error: 'format' };
	const hours = Number(match[1]);
	const minutes = match[2] === undefined ? 0 : Number(match[2]);
	if (hours > 23 || minutes > 59) return { ok: false, error: 'range' };
	return { ok: true, value: hours * 60 + minutes };
}

/** Format minutes after midnight as „07:05“; values outside one day wrap around. */
export function formatClock(minutes: number): string {
	const safe = Number.isFinite(minutes) ? Math.round(minutes) : 0;
	const m = ((safe % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The full hour `hour` (0–23) as „08:00“. */
export function formatHour(hour: number): string {
	return formatClock(hour * 60);
}
