/** Minutes after midnight ⇄ „HH:MM“ for the schedule fields. */

/** „07:30“ for 450. */
export function formatClock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight from „7:30“, „07:30“ or „7.30“; `undefined` when not a valid time. */
export function parseClock(raw: string): number | undefined {
	const m = /^\s*(\d{1,2})[:.](\d{2})\s*(?:uhr)?\s*$/i.exec(raw);
	if (!m) return undefined;
	const h = Number(m[1]);
	const min = Number(m[2]);
	return h <= 23 && min <= 59 ? h * 60 + min : undefined;
}
