import { describe, expect, it } from 'vitest';
import { civilDateIn, createSlotLookup, findTransitions, isValidTimeZone, offsetMinutesAt } from './zone';
import { toSlot } from './week';

const H = 3_600_000;

describe('zone', () => {
	it('knows valid and invalid zone names', () => {
		expect(isValidTimeZone('Europe/Berlin')).toBe(true);
		expect(isValidTimeZone('Mars/Olympus')).toBe(false);
		expect(isValidTimeZone('')).toBe(false);
	});

	it('gives Berlin +60 in winter and +120 in summer', () => {
		expect(offsetMinutesAt('Europe/Berlin', Date.UTC(2025, 0, 15))).toBe(60);
		expect(offsetMinutesAt('Europe/Berlin', Date.UTC(2025, 6, 15))).toBe(120);
		expect(offsetMinutesAt('Asia/Kolkata', Date.UTC(2025, 6, 15))).toBe(330);
	});

	it('finds both switches of 2025 in Berlin to the minute', () => {
		const t = findTransitions('Europe/Berlin', 2025);
		expect(t).toEqual([
			{ epochMs: Date.UTC(2025, 2, 30, 1), offsetBefore: 60, offsetAfter: 120 },
			{ epochMs: Date.UTC(2025, 9, 26, 1), offsetBefore: 120, offsetAfter: 60 },
		]);
		expect(findTransitions('Asia/Tokyo', 2025)).toEqual([]);
	});

	it('places instants around the spring switch (30 March 2025) in the right local hour', () => {
		const slot = createSlotLookup('Europe/Berlin');
		// 00:30 UTC = 01:30 CET; 01:30 UTC = 03:30 CEST (02:xx does not exist that night).
		expect(slot(Date.UTC(2025, 2, 30, 0, 30))).toBe(toSlot(6, 1));
		expect(slot(Date.UTC(2025, 2, 30, 0, 59))).toBe(toSlot(6, 1));
		expect(slot(Date.UTC(2025, 2, 30, 1, 0))).toBe(toSlot(6, 3));
		expect(slot(Date.UTC(2025, 2, 30, 17, 0))).toBe(toSlot(6, 19));
		expect(slot(Date.UTC(2025, 2, 29, 18, 0))).toBe(toSlot(5, 19));
	});

	it('places instants around the autumn switch (26 October 2025), where 2 h happens twice', () => {
		const slot = createSlotLookup('Europe/Berlin');
		expect(slot(Date.UTC(2025, 9, 26, 0, 30))).toBe(toSlot(6, 2)); // 02:30 CEST
		expect(slot(Date.UTC(2025, 9, 26, 1, 30))).toBe(toSlot(6, 2)); // 02:30 CET
		expect(slot(Date.UTC(2025, 9, 26, 2, 0))).toBe(toSlot(6, 3));
		expect(slot(Date.UTC(2025, 9, 25, 17, 0))).toBe(toSlot(5, 19)); // Saturday 19 h CEST
		expect(slot(Date.UTC(2025, 9, 26, 18, 0))).toBe(toSlot(6, 19)); // Sunday 19 h CET
	});

	it('handles zones with half-hour offsets and the southern hemisphere', () => {
		expect(createSlotLookup('Asia/Kolkata')(Date.UTC(2025, 0, 6, 13, 45))).toBe(toSlot(0, 19)); // 19:15 IST
		expect(findTransitions('Australia/Sydney', 2025).map((t) => t.offsetAfter)).toEqual([600, 660]);
	});

	it('gives the calendar date in the zone', () => {
		expect(civilDateIn('Europe/Berlin', Date.UTC(2025, 11, 31, 23, 30))).toEqual({ year: 2026, month: 1, day: 1 });
		expect(civilDateIn('America/New_York', Date.UTC(2026, 0, 1, 3))).toEqual({ year: 2025, month: 12, day: 31 });
	});

	it('caches per day without changing answers', () => {
		const slot = createSlotLookup('America/New_York');
		for (let t = Date.UTC(2025, 2, 8); t < Date.UTC(2025, 2, 11); t += H / 4) {
			const local = t + offsetMinutesAt('America/New_York', t) * 60_000;
			const d = new Date(local);
			expect(slot(t)).toBe(toSlot((d.getUTCDay() + 6) % 7, d.getUTCHours()));
		}
	});
});
