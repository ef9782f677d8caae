import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	AGE_BANDS,
	countriesOf,
	coverageOf,
	decodeChoice,
	encodeChoice,
	findPlatforms,
	gendersOf,
	hasChoice,
	rankPlatforms,
	type PlatformDataset,
} from './finder';
import type { PlattformGruppe } from '../../schemas/daten';

function group(
	minAge: number | null,
	maxAge: number | null,
	values: Record<string, number | null>,
	gender: PlattformGruppe['gender'] = 'alle',
): PlattformGruppe {
	return { minAge, maxAge, gender, overall: null, values };
}

const ard: PlatformDataset = {
	id: 'ard-2024',
	study: 'ARD/ZDF-Medienstudie',
	title: 'ARD/ZDF 2024',
	countryCode: 'DE',
	country: 'Deutschland',
	population: 'ab 14 Jahren',
	frequency: 'woechentlich',
	dataYear: 2024,
	published: 2024,
	sampleSize: null,
	sourceId: 'mueller-2024',
	citation: 'Müller 2024',
	platforms: ['Instagram', 'Facebook', 'TikTok'],
	groups: [
		group(null, null, { Instagram: 38, Facebook: 33, TikTok: 19 }),
		group(14, 29, { Instagram: null, Facebook: null, TikTok: null }),
		group(30, 49, { Instagram: 50, Facebook: 51, TikTok: null }),
	],
	notes: 'Notiz',
};
const bitkom: PlatformDataset = {
	...ard,
	id: 'bitkom',
	title: 'Bitkom 2023',
	frequency: 'zwoelf-monate',
	dataYear: 2023,
	groups: [group(null, null, { Instagram: 54, Facebook: 68, TikTok: 30 })],
};
const pew: PlatformDataset = {
	...ard,
	id: 'pew',
	title: 'Pew 2023',
	countryCode: 'US',
	country: 'USA',
	frequency: 'jemals',
	groups: [
		group(null, null, { Instagram: 47, Facebook: 68, TikTok: 33 }),
		group(65, null, { Instagram: 15, Facebook: null, TikTok: 10 }),
		group(null, null, { Instagram: null, Facebook: null, TikTok: 40 }, 'frauen'),
	],
};
const all = [ard, bitkom, pew];

describe('coverageOf', () => {
	const band = (id: string) => AGE_BANDS.find((b) => b.id === id) ?? AGE_BANDS[0]!;
	it.each([
		[null, null, 'alle', 'gesamt'],
		[14, 29, 'alle', null],
		[null, null, '20-29', null],
		[14, 29, '20-29', 'breiter'],
		[20, 29, '20-29', 'genau'],
		[30, 49, '20-29', null],
		[50, 64, '60-69', 'teilweise'],
		[65, null, '70+', 'breiter'],
		[70, null, '70+', 'genau'],
		[60, null, '50-59', null],
	] as const)('group %s–%s for band %s: %s', (min, max, id, expected) => {
		expect(coverageOf(group(min, max, {}), band(id))).toBe(expected);
	});
});

describe('rankPlatforms', () => {
	it('sorts by value, gives ties the same rank and leaves out missing values', () => {
		expect(rankPlatforms({ b: 30, a: 30, c: 50, d: null, e: 10 })).toEqual([
			{ platform: 'c', value: 50, rank: 1 },
			{ platform: 'a', value: 30, rank: 2 },
			{ platform: 'b', value: 30, rank: 2 },
			{ platform: 'e', value: 10, rank: 4 },
		]);
	});
});

describe('findPlatforms', () => {
	it('keeps studies and frequency definitions apart', () => {
		const sections = findPlatforms(all, { country: 'DE', age: 'alle', gender: 'alle' });
		expect(sections.map((s) => s.frequency)).toEqual(['woechentlich', 'zwoelf-monate']);
		expect(sections[0]?.cards.map((c) => c.dataset.id)).toEqual(['ard-2024']);
		expect(sections[0]?.cards[0]?.ranking.map((r) => r.platform)).toEqual(['Instagram', 'Facebook', 'TikTok']);
		expect(sections[1]?.cards[0]?.ranking[0]).toEqual({ platform: 'Facebook', value: 68, rank: 1 });
	});
	it('uses the wider study group and lists platforms without values', () => {
		const [section] = findPlatforms(all, { country: 'DE', age: '30-39', gender: 'alle' });
		const card = section?.cards[0];
		expect(card?.coverage).toBe('breiter');
		expect(card?.ranking.map((r) => r.platform)).toEqual(['Facebook', 'Instagram']);
		expect(card?.missing).toEqual(['TikTok']);
	});
	it('says plainly when a study has nothing for the choice', () => {
		const sections = findPlatforms(all, { country: 'DE', age: '60-69', gender: 'alle' });
		expect(sections.flatMap((s) => s.cards)).toEqual([]);
		expect(sections.flatMap((s) => s.gaps.map((g) => g.dataset.id))).toEqual(['ard-2024', 'bitkom']);
	});
	it('matches gender only where it is published', () => {
		const women = findPlatforms(all, { country: 'US', age: 'alle', gender: 'frauen' });
		expect(women[0]?.cards[0]?.ranking).toEqual([{ platform: 'TikTok', value: 40, rank: 1 }]);
		expect(findPlatforms(all, { country: 'US', age: '70+', gender: 'frauen' })[0]?.cards).toEqual([]);
	});
	it('returns nothing for a country without studies', () => {
		expect(findPlatforms(all, { country: 'FR', age: 'alle', gender: 'alle' })).toEqual([]);
	});
	it('never ranks values from two studies together', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('DE', 'US'),
				fc.constantFrom(...AGE_BANDS.map((b) => b.id)),
				fc.constantFrom('alle', 'frauen', 'maenner' as const),
				(country, age, gender) => {
					for (const section of findPlatforms(all, { country, age, gender })) {
						for (const card of section.cards) {
							expect(card.dataset.frequency).toBe(section.frequency);
							for (const r of card.ranking) expect(card.group.values[r.platform]).toBe(r.value);
						}
					}
				},
			),
		);
	});
});

describe('countries, genders and the share link', () => {
	it('lists countries and published genders', () => {
		expect(countriesOf(all)).toEqual([
			{ code: 'DE', name: 'Deutschland' },
			{ code: 'US', name: 'USA' },
		]);
		expect(gendersOf(all, 'DE')).toEqual(['alle']);
		expect(gendersOf(all, 'US')).toEqual(['alle', 'frauen']);
	});
	it('round-trips a choice and rejects unknown values', () => {
		const fallback = { country: 'DE', age: 'alle', gender: 'alle' as const };
		const choice = { country: 'US', age: '20-29', gender: 'frauen' as const };
		expect(decodeChoice(`#${encodeChoice(choice)}`, fallback, ['DE', 'US'])).toEqual(choice);
		expect(decodeChoice('#land=XX&alter=5-9&geschlecht=divers', fallback, ['DE', 'US'])).toEqual(fallback);
	});
	it('tells a choice from other fragments', () => {
		expect(hasChoice('#land=DE&alter=20-29&geschlecht=alle')).toBe(true);
		expect(hasChoice('#alter=20-29')).toBe(true);
		expect(hasChoice('#wie-wird-gerechnet')).toBe(false);
		expect(hasChoice('')).toBe(false);
	});
});
