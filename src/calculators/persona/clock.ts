/**
 * Clock times as people type them („7“, „7:30“, „07.30“, „19 Uhr“) ⇄ minutes after midnight, the
 * unit of WeeklySchedule. Errors are codes; the island shows the matching dictionary text.
 */
export type ClockResult = { ok: true; value: number } | { ok: false; error: 'empty' | 'format' | 'range' };

const CLOCK_PATTERN = /^(\d{1,2})(?:[:.,h](\d{2}))?(?:uhr)?$/;

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

/** Format minutes after midnight as „7:05“; values outside one day wrap around. */
export function formatClock(minutes: number): string {
	const safe = Number.isFinite(minutes) ? Math.round(minutes) : 0;
	const m = ((safe % 1440) + 1440) % 1440;
	return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}
