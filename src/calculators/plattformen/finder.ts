import type { PlattformDatensatz, PlattformGruppe } from '../../schemas/daten';
import { FREQUENCIES, GENDERS, type Geschlecht, type Nutzungshaeufigkeit } from './kategorien';

/**
 * The Plattform-Finder's logic: which groups of which studies fit a chosen country, age band and
 * gender, and the platforms ranked by reach within each of them. A ranking never mixes studies
 * or frequency definitions; where a study publishes nothing for the choice, that is said.
 */

/** A data set as the island receives it: the validated YAML plus id and short citation. */
export interface PlatformDataset extends Omit<PlattformDatensatz, 'kind' | 'source'> {
	id: string;
	sourceId: string;
	citation: string;
}

/** An age band to choose; `null` bounds are open. */
export interface AgeBand {
	id: string;
	min: number | null;
	max: number | null;
}

/** The bands offered: decades, which every study's groups can be matched against. */
export const AGE_BANDS: readonly AgeBand[] = [
	{ id: 'alle', min: null, max: null },
	{ id: '14-19', min: 14, max: 19 },
	{ id: '20-29', min: 20, max: 29 },
	{ id: '30-39', min: 30, max: 39 },
	{ id: '40-49', min: 40, max: 49 },
	{ id: '50-59', min: 50, max: 59 },
	{ id: '60-69', min: 60, max: 69 },
	{ id: '70+', min: 70, max: null },
];

/** How well a study's group fits the chosen band. */
export type Coverage = 'gesamt' | 'genau' | 'breiter' | 'teilweise';

export interface RankedPlatform {
	platform: string;
	value: number;
	/** Competition ranking: equal values share a rank (1, 2, 2, 4). */
	rank: number;
}

export interface FinderCard {
	dataset: PlatformDataset;
	group: PlattformGruppe;
	coverage: Coverage;
	ranking: RankedPlatform[];
	/** Platforms the study covers but without a value for this group. */
	missing: string[];
}

export interface FinderGap {
	dataset: PlatformDataset;
	/** The groups the study does publish, for the „no data“ message. */
	available: PlattformGruppe[];
}

export interface FinderSection {
	frequency: Nutzungshaeufigkeit;
	cards: FinderCard[];
	gaps: FinderGap[];
}

export interface FinderChoice {
	country: string;
	age: string;
	gender: Geschlecht;
}

const OPEN_END = 150;

const isTotal = (g: PlattformGruppe): boolean => g.minAge === null && g.maxAge === null;

/** How a group relates to a band, or `null` when it does not fit at all. */
export function coverageOf(group: PlattformGruppe, band: AgeBand): Coverage | null {
	if (band.min === null && band.max === null) return isTotal(group) ? 'gesamt' : null;
	if (isTotal(group)) return null;
	const gMin = group.minAge ?? 0;
	const gMax = group.maxAge ?? OPEN_END;
	const bMin = band.min ?? 0;
	const bMax = band.max ?? OPEN_END;
	if (gMin > bMax || bMin > gMax) return null;
	if (gMin === bMin && gMax === bMax) return 'genau';
	if (gMin <= bMin && gMax >= bMax) return 'breiter';
	return 'teilweise';
}

const COVERAGE_ORDER: Record<Coverage, number> = { gesamt: 0, genau: 0, breiter: 1, teilweise: 2 };
const collator = new Intl.Collator('de');

/** Platforms with a value, largest first; ties in alphabetical order and with the same rank. */
export function rankPlatforms(values: Record<string, number | null>): RankedPlatform[] {
	const sorted = Object.entries(values)
		.flatMap(([platform, value]) => (value === null || !Number.isFinite(value) ? [] : [{ platform, value }]))
		.sort((a, b) => b.value - a.value || collator.compare(a.platform, b.platform));
	return sorted.map((p) => ({ ...p, rank: sorted.findIndex((q) => q.value === p.value) + 1 }));
}

/** All results for a choice, one section per frequency definition. */
export function findPlatforms(datasets: readonly PlatformDataset[], choice: FinderChoice): FinderSection[] {
	const band = AGE_BANDS.find((b) => b.id === choice.age) ?? AGE_BANDS[0];
	if (!band) return [];
	const inCountry = datasets.filter((d) => d.countryCode === choice.country);
	const sections: FinderSection[] = [];
	for (const frequency of FREQUENCIES) {
		const section: FinderSection = { frequency, cards: [], gaps: [] };
		const studies = inCountry
			.filter((d) => d.frequency === frequency)
			.sort((a, b) => b.dataYear - a.dataYear || collator.compare(a.title, b.title));
		for (const dataset of studies) {
			const fits = dataset.groups
				.filter((g) => g.gender === choice.gender)
				.flatMap((group) => {
					const coverage = coverageOf(group, band);
					return coverage ? [{ group, coverage }] : [];
				})
				.sort(
					(a, b) =>
						COVERAGE_ORDER[a.coverage] - COVERAGE_ORDER[b.coverage] || (a.group.minAge ?? 0) - (b.group.minAge ?? 0),
				);
			if (fits.length === 0) section.gaps.push({ dataset, available: dataset.groups });
			for (const { group, coverage } of fits) {
				const ranking = rankPlatforms(group.values);
				const missing = dataset.platforms.filter((p) => group.values[p] === null || group.values[p] === undefined);
				section.cards.push({ dataset, group, coverage, ranking, missing });
			}
		}
		if (section.cards.length > 0 || section.gaps.length > 0) sections.push(section);
	}
	return sections;
}

/** Countries with at least one data set, as code and German name, in German alphabetical order. */
export function countriesOf(datasets: readonly PlatformDataset[]): { code: string; name: string }[] {
	const map = new Map(datasets.map((d) => [d.countryCode, d.country]));
	return [...map].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(a.name, b.name));
}

/** Genders for which a country's studies publish anything; „alle“ always comes first. */
export function gendersOf(datasets: readonly PlatformDataset[], country: string): Geschlecht[] {
	const found = new Set(
		datasets.filter((d) => d.countryCode === country).flatMap((d) => d.groups.map((g) => g.gender)),
	);
	return GENDERS.filter((g) => g === 'alle' || found.has(g));
}

/** The choice as a URL fragment, e.g. `land=DE&alter=20-29&geschlecht=alle`. */
export function encodeChoice(choice: FinderChoice): string {
	return new URLSearchParams({ land: choice.country, alter: choice.age, geschlecht: choice.gender }).toString();
}

/** Read a choice from a fragment; anything unknown falls back to the given default. */
export function decodeChoice(fragment: string, fallback: FinderChoice, countries: readonly string[]): FinderChoice {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const country = params.get('land') ?? '';
	const age = params.get('alter') ?? '';
	const gender = params.get('geschlecht') ?? '';
	return {
		country: countries.includes(country) ? country : fallback.country,
		age: AGE_BANDS.some((b) => b.id === age) ? age : fallback.age,
		gender: (GENDERS as readonly string[]).includes(gender) ? (gender as Geschlecht) : fallback.gender,
	};
}

/**
 * Whether a fragment carries a choice at all. A chapter that embeds the finder has its own
 * fragments (headings); only a real choice may count as the reader's selection.
 */
export function hasChoice(fragment: string): boolean {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	return params.has('land') || params.has('alter') || params.has('geschlecht');
}
