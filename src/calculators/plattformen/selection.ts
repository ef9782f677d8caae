/**
 * What the Plattform-Finder remembers for the persona builder: the choice and the platforms of the
 * first ranking on screen. Only one ranking, because rankings of different studies or frequency
 * definitions must never be merged (see finder.ts); the first is the one the reader sees on top.
 */
import type { FinderChoice, FinderSection } from './finder';
import type { Geschlecht } from './kategorien';

export interface PlatformSelection {
	/** ISO 3166 code, e.g. „DE“. */
	country: string;
	/** Id of the age band, e.g. „20-29“ (see `AGE_BANDS`). */
	age: string;
	gender: Geschlecht;
	/** Data set the ranking comes from (`content/daten/plattformen/<id>.yaml`). */
	studyId: string;
	/** Year of fieldwork of that data set. */
	year: number;
	/** Platform names by reach, largest first, in the study's spelling. */
	platforms: string[];
}

/**
 * The selection for a choice and its results, or `null` when no card ranks any platform (some
 * studies publish only „Social Media insgesamt“ for a group; there is nothing to take over then).
 */
export function selectionOf(choice: FinderChoice, sections: readonly FinderSection[]): PlatformSelection | null {
	const card = sections.flatMap((s) => s.cards).find((c) => c.ranking.length > 0);
	if (!card) return null;
	return {
		country: choice.country,
		age: choice.age,
		gender: choice.gender,
		studyId: card.dataset.id,
		year: card.dataset.dataYear,
		platforms: card.ranking.map((r) => r.platform),
	};
}
