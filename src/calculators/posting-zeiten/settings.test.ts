import { describe, expect, it } from 'vitest';
import { allowedHours, DEFAULT_SETTINGS, resolveNumbers, validateSettings } from './settings';
import { decodeSettings, encodeSettings } from './share';
import { toSlot } from './week';

describe('settings', () => {
	it('accepts the defaults and rejects damaged values', () => {
		expect(validateSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
		expect(validateSettings({ ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' })).toBeUndefined();
		expect(validateSettings({ ...DEFAULT_SETTINGS, nightStart: 24 })).toBeUndefined();
		expect(validateSettings({ ...DEFAULT_SETTINGS, platform: 'myspace' })).toBeUndefined();
		expect(validateSettings(null)).toBeUndefined();
	});

	it('reads typed numbers with decimal comma and reports bad ones next to the field', () => {
		expect(resolveNumbers({ ...DEFAULT_SETTINGS, halfLife: '12,5' }).halfLife).toBe(12.5);
		const bad = resolveNumbers({ ...DEFAULT_SETTINGS, halfLife: 'abc', postsPerWeek: '2,5', minGapHours: '-1' });
		expect(bad.halfLife).toBe(90);
		expect(bad.postsPerWeek).toBe(5);
		expect(bad.minGapHours).toBe(12);
		expect(Object.keys(bad.errors).sort()).toEqual(['halfLife', 'minGapHours', 'postsPerWeek']);
		expect(bad.errors.halfLife).toContain('keine Zahl');
	});

	it('excludes nights across midnight and whole days', () => {
		const allowed = allowedHours({ ...DEFAULT_SETTINGS, excludedDays: [6] });
		expect(allowed[toSlot(0, 23)]).toBe(false);
		expect(allowed[toSlot(0, 5)]).toBe(false);
		expect(allowed[toSlot(0, 6)]).toBe(true);
		expect(allowed[toSlot(6, 12)]).toBe(false);
		expect(allowedHours({ ...DEFAULT_SETTINGS, excludeNights: false }).every(Boolean)).toBe(true);
	});
});

describe('share links', () => {
	it('round-trips settings, umlauts included', () => {
		const s = { ...DEFAULT_SETTINGS, competition: 'täglich 18 ×2 # Müller & Söhne', halfLife: '12,5' };
		const code = encodeSettings(s);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeSettings(code)).toEqual(s);
	});

	it('ignores damaged links', () => {
		expect(decodeSettings('kaputt!!')).toBeUndefined();
		expect(decodeSettings(encodeSettings(DEFAULT_SETTINGS).slice(0, 20))).toBeUndefined();
	});
});
