import { describe, expect, it } from 'vitest';
import { allowedHours, DEFAULT_SETTINGS, resolveNumbers, postingSettingsSchema } from './settings';
import { decodeLegacySettings, encodeSettingsLink, LEGACY_PARAM, readSharedSettings } from './share';
import { toBase64Url } from '../../lib/share-link';
import { toSlot } from './week';

describe('settings', () => {
	it('accepts the defaults and rejects damaged values', () => {
		expect(postingSettingsSchema(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
		expect(postingSettingsSchema({ ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' })).toBeUndefined();
		expect(postingSettingsSchema({ ...DEFAULT_SETTINGS, nightStart: 24 })).toBeUndefined();
		expect(postingSettingsSchema({ ...DEFAULT_SETTINGS, platform: 'myspace' })).toBeUndefined();
		expect(postingSettingsSchema(null)).toBeUndefined();
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
	const settings = { ...DEFAULT_SETTINGS, competition: 'täglich 18 ×2 # Müller & Söhne', halfLife: '12,5' };
	const legacy = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

	it('carry the settings only in the fragment and read them back, umlauts included', async () => {
		const link = await encodeSettingsLink(settings);
		if (!link.ok) throw new Error('encoding failed');
		expect(link.fragment).toMatch(/^posting-zeiten=1\.[zj]\.[A-Za-z0-9_-]+$/);
		const href = `https://x.de/rechner/posting-zeiten/#${link.fragment}`;
		expect(new URL(href).search).toBe('');
		expect(await readSharedSettings(href)).toEqual({ found: true, settings });
	});

	it('still read an old ?einstellungen= link', async () => {
		const href = `https://x.de/rechner/posting-zeiten/?${LEGACY_PARAM}=${legacy({ v: 1, s: settings })}`;
		expect(await readSharedSettings(href)).toEqual({ found: true, settings });
	});

	it('report damaged links as found but unusable, and addresses without a link as nothing', async () => {
		expect(await readSharedSettings('https://x.de/?einstellungen=kaputt!!')).toEqual({
			found: true,
			settings: undefined,
		});
		expect(await readSharedSettings('https://x.de/#posting-zeiten=1.j.e30')).toEqual({
			found: true,
			settings: undefined,
		});
		expect(await readSharedSettings('https://x.de/#wochenplan')).toEqual({ found: false });
		expect(decodeLegacySettings(legacy({ v: 2, s: settings }))).toBeUndefined();
		expect(decodeLegacySettings(legacy({ v: 1, s: settings }).slice(0, 20))).toBeUndefined();
	});
});
