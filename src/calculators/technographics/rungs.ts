/**
 * The Social-Technographics ladder (Forrester; Li/Bernoff 2008, Conversationalists added by
 * Bernoff 2010) as data: the rungs, the activities that put a person on a rung and how often
 * the activity must happen. German labels live in the dictionary; this module only has ids.
 */
import { RUNGS, type Rung } from '../../lib/technographics-rungs';

// Re-exported so the calculator's modules read the ladder from one import; the list itself is shared.
export { RUNGS, type Rung };

/** The rungs a person can climb by doing something; Inactives is what is left. */
export const ACTIVE_RUNGS = RUNGS.filter((r): r is Exclude<Rung, 'inactives'> => r !== 'inactives');
export type ActiveRung = (typeof ACTIVE_RUNGS)[number];

/** How often someone does an activity, from never to daily. */
export const FREQUENCIES = ['nie', 'seltener', 'monatlich', 'woechentlich', 'taeglich'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Rank of a frequency so that „at least monthly“ is a comparison. */
export function frequencyRank(f: Frequency): number {
	return FREQUENCIES.indexOf(f);
}

/**
 * Minimum frequency per rung: monthly for all rungs, weekly for Conversationalists, as Forrester
 * defined them (Bernoff 2009 in Ad Age; Bernoff 2010).
 */
export const THRESHOLD: Record<ActiveRung, Frequency> = {
	creators: 'monatlich',
	conversationalists: 'woechentlich',
	critics: 'monatlich',
	collectors: 'monatlich',
	joiners: 'monatlich',
	spectators: 'monatlich',
};

/**
 * Activities per rung. The ids double as CSV column names: a header matches when it equals the
 * id after lower-casing and replacing umlauts, spaces and punctuation (see `normalizeHeader`).
 */
export const ACTIVITIES = {
	creators: ['blog_schreiben', 'webseite_pflegen', 'video_hochladen', 'audio_hochladen', 'artikel_veroeffentlichen'],
	conversationalists: ['status_aktualisieren', 'kurznachrichten_posten'],
	critics: ['bewertungen_schreiben', 'blogs_kommentieren', 'forenbeitraege_schreiben', 'wiki_bearbeiten'],
	collectors: ['rss_nutzen', 'tags_vergeben', 'online_abstimmen', 'lesezeichen_teilen'],
	joiners: ['profil_pflegen', 'netzwerke_besuchen'],
	spectators: [
		'blogs_lesen',
		'videos_ansehen',
		'podcasts_hoeren',
		'foren_lesen',
		'bewertungen_lesen',
		'kurznachrichten_lesen',
	],
} as const satisfies Record<ActiveRung, readonly string[]>;

export type ActivityId = (typeof ACTIVITIES)[ActiveRung][number];

/** Every activity in ladder order. */
export const ALL_ACTIVITIES: readonly ActivityId[] = ACTIVE_RUNGS.flatMap((r) => [...ACTIVITIES[r]]);

/** The rung an activity belongs to. */
export function rungOf(activity: ActivityId): ActiveRung {
	const rung = ACTIVE_RUNGS.find((r) => (ACTIVITIES[r] as readonly string[]).includes(activity));
	// Every id in ALL_ACTIVITIES comes from ACTIVITIES, so the lookup cannot fail.
	return rung as ActiveRung;
}

/** Type guard for strings read from CSV headers or URLs. */
export function isActivityId(value: string): value is ActivityId {
	return (ALL_ACTIVITIES as readonly string[]).includes(value);
}

/** Type guard for rung ids read from URLs or storage. */
export function isRung(value: string): value is Rung {
	return (RUNGS as readonly string[]).includes(value);
}

/**
 * Forrester first asked for the Conversationalists rung in its fourth-quarter 2009 survey
 * (Bernoff 2010). In ladders with older data the rung is missing because nobody asked, not
 * because a value went unpublished — the page must say which of the two it is.
 */
export const CONVERSATIONALISTS_FIRST_DATA_YEAR = 2009;

/** True when a missing value means „the survey did not have this rung“. */
export function rungNotSurveyed(rung: Rung, dataYear: number, value: number | null): boolean {
	return value === null && rung === 'conversationalists' && dataYear <= CONVERSATIONALISTS_FIRST_DATA_YEAR;
}
