import { describe, expect, it } from 'vitest';
import { findPlatforms, type PlatformDataset } from './finder';
import { selectionOf } from './selection';

const daily: PlatformDataset = {
	id: 'ard-2025-taeglich',
	study: 'ARD/ZDF-Medienstudie',
	title: 'ARD/ZDF 2025',
	countryCode: 'DE',
	country: 'Deutschland',
	population: 'ab 14 Jahren',
	frequency: 'taeglich',
	dataYear: 2025,
	published: 2025,
	sampleSize: null,
	sourceId: 'ard-zdf-2025',
	citation: 'ARD/ZDF 2025',
	platforms: [],
	// Only „Social Media insgesamt“: the card is shown first but ranks no platform.
	groups: [{ minAge: null, maxAge: null, gender: 'alle', overall: 35, values: {} }],
	notes: 'Notiz',
};
const weekly: PlatformDataset = {
	...daily,
	id: 'ard-2024-woechentlich',
	frequency: 'woechentlich',
	dataYear: 2024,
	platforms: ['Instagram', 'Facebook', 'TikTok'],
	groups: [
		{
			minAge: null,
			maxAge: null,
			gender: 'alle',
			overall: null,
			values: { Instagram: 38, Facebook: 40, TikTok: null },
		},
	],
};

describe('selectionOf', () => {
	it('takes the first ranking that lists platforms, with its study and year', () => {
		const choice = { country: 'DE', age: 'alle', gender: 'alle' as const };
		expect(selectionOf(choice, findPlatforms([daily, weekly], choice))).toEqual({
			country: 'DE',
			age: 'alle',
			gender: 'alle',
			studyId: 'ard-2024-woechentlich',
			year: 2024,
			platforms: ['Facebook', 'Instagram'],
		});
	});
	it('is null when no ranking lists a platform', () => {
		const choice = { country: 'DE', age: 'alle', gender: 'alle' as const };
		expect(selectionOf(choice, findPlatforms([daily], choice))).toBeNull();
		expect(
			selectionOf({ ...choice, country: 'FR' }, findPlatforms([daily, weekly], { ...choice, country: 'FR' })),
		).toBeNull();
	});
});
