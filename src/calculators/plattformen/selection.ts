/**
 * What the Plattform-Finder remembers for the persona builder: the choice and the platforms of the
 * first ranking on screen. Only one ranking, because rankings of different studies or frequency
 * definitions must never be merged (see finder.ts); the first is the one the reader sees on top.
 */
import { integer, list, object, oneOf, refine, text, type Infer } from '../../lib/schema';
import { AGE_BANDS, type FinderChoice, type FinderSection } from './finder';
import { GENDERS } from './kategorien';

/** Generous bounds: the value comes from storage the reader (or an extension) may have edited. */
const MAX_PLATFORMS = 50;
const MAX_NAME = 100;

/** The stored selection (`smp:plattform-auswahl`). */
export const platformSelectionSchema = object({
	/** ISO 3166 code, e.g. „DE“. */
	country: text(2, /^[A-Z]{2}$/),
	/** Id of the age band, e.g. „20-29“ (see `AGE_BANDS`). */
	age: refine(text(20), (id) => AGE_BANDS.some((b) => b.id === id)),
	gender: oneOf(GENDERS),
	/** Data set the ranking comes from (`content/daten/plattformen/<id>.yaml`). */
	studyId: text(100, /^[a-z0-9-]+$/),
	/** Year of fieldwork of that data set. */
	year: integer(2000, 2100),
	/** Platform names by reach, largest first, in the study's spelling. */
	platforms: list(text(MAX_NAME, undefined, true), MAX_PLATFORMS, 1),
});
export type PlatformSelection = Infer<typeof platformSelectionSchema>;

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
