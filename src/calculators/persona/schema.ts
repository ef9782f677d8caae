/**
 * The persona as it is stored, exported and shared. One schema serves localStorage, the JSON file
 * and the share link, so a persona survives every round trip unchanged.
 *
 * Design: text fields are flat (one key per form field) so that the form, the validation and the
 * completeness count can iterate over one list. Parsing is strict about types but lenient about
 * missing fields: a field added in a later version simply gets its empty default, so adding a
 * field never needs a migration. Renaming or reshaping a field does (see migrate.ts).
 */
import { DEFAULT_SCHEDULE, weeklyScheduleSchema } from '../../lib/schedule';
import {
	decimal,
	dict,
	hasUniqueIds,
	list,
	object,
	oneOf,
	refine,
	text,
	transform,
	withDefault,
	type Infer,
	type Schema,
} from '../../lib/schema';
import { RUNGS, type Rung } from '../../lib/technographics-rungs';

/** Schema version written into the store envelope, the export file and the share link. */
export const PERSONA_VERSION = 1;

/** Roles in the buying centre (Webster/Wind); empty means „not set“. */
export const BUYING_ROLES = [
	'',
	'initiator',
	'nutzer',
	'beeinflusser',
	'entscheider',
	'einkaeufer',
	'gatekeeper',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export type PersonaKind = Persona['kind'];

/** Short one-line fields (input) and long fields (textarea), with the length the card has room for. */
export const SHORT_FIELDS = [
	'name',
	'age',
	'gender',
	'income',
	'education',
	'occupation',
	'place',
	'industry',
	'companySize',
	'revenue',
	'jobTitle',
	'reportsTo',
] as const;
export const LONG_FIELDS = [
	'quote',
	'successMeasure',
	'goals',
	'challenges',
	'habitus',
	'values',
	'interests',
	'infoSources',
	'trustedVoices',
	'mediaNote',
	'scheduleNote',
	'channels',
	'tone',
	'contentIdeas',
	'noGos',
] as const;
export type ShortField = (typeof SHORT_FIELDS)[number];
export type LongField = (typeof LONG_FIELDS)[number];
export type TextField = ShortField | LongField;
export const TEXT_FIELDS: readonly TextField[] = [...SHORT_FIELDS, ...LONG_FIELDS];

/**
 * Length limits, enforced where text is saved (the form and `updatePersona` keep a longer text in
 * the field but store the last version within the limit). Loading is lenient: a longer text from
 * an older version or a file is kept and flagged, never dropped — one long field must not make a
 * persona, let alone the whole list, unreadable. Sizes are bounded by the file, link and storage
 * limits instead.
 */
export const SHORT_MAX = 120;
export const LONG_MAX = 1200;
export const MAX_PLATFORMS = 30;
export const MAX_SECTIONS = 20;
export const MAX_PERSONAS = 200;

/** A new persona with every field empty and the default week. */
export function createEmptyPersona(id: string, name: string, now: Date, kind: PersonaKind = 'b2c'): Persona {
	const texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
	return {
		...texts,
		name,
		id,
		kind,
		origin: 'eigen',
		buyingRole: '',
		technographics: { shares: {}, source: 'hand' },
		platforms: [],
		schedule: { ...DEFAULT_SCHEDULE, workDays: [...DEFAULT_SCHEDULE.workDays] },
		scheduleSource: 'standard',
		customSections: [],
		updatedAt: now.toISOString(),
	};
}

/** A string of any length (see the limits above); a missing one is empty. */
const anyText = withDefault(text(Number.POSITIVE_INFINITY), () => '');
const idSchema = text(64, /^[A-Za-z0-9_-]{1,64}$/);
/** One of `values`; a missing one is `fallback`. */
const choice = <const T extends readonly string[]>(values: T, fallback: T[number]) =>
	withDefault(oneOf(values), () => fallback);
const RUNG_KEY = new RegExp(`^(${RUNGS.join('|')})$`);

/** Rung shares: finite numbers 0–100 only; anything else makes the record invalid. */
const sharesSchema = withDefault(
	transform(
		dict(RUNG_KEY, decimal(0, 100), RUNGS.length),
		// `+ 0` turns -0 into 0, so a value survives the JSON round trip unchanged.
		(shares) =>
			Object.fromEntries(Object.entries(shares).map(([rung, share]) => [rung, share + 0])) as Partial<
				Record<Rung, number>
			>,
	),
	() => ({}),
);

/** Shares (0–100 %) of the persona's group on each rung; rungs overlap, so they do not sum to 100. */
const technographicsSharesSchema = withDefault(
	object({
		shares: sharesSchema,
		/** Where the numbers came from: typed by hand or taken from the Technographics calculator. */
		source: choice(['hand', 'profil'], 'hand'),
	}),
	() => ({ shares: {}, source: 'hand' as const }),
);
export type TechnographicsShares = Infer<typeof technographicsSharesSchema>;

/** A section the author adds on the overview page („eigener Abschnitt“). */
const customSectionSchema = object({ id: idSchema, title: anyText, text: anyText });
export type CustomSection = Infer<typeof customSectionSchema>;

/**
 * A persona as stored, exported and shared. Unknown keys are dropped; missing fields get their
 * defaults, so a field added later needs no migration.
 */
export const personaSchema = object({
	...(Object.fromEntries(TEXT_FIELDS.map((f) => [f, anyText])) as Record<TextField, Schema<string>>),
	id: idSchema,
	kind: choice(['b2c', 'b2b'], 'b2c'),
	/** `beispiel` marks the illustrative examples, so the card can say they are not research data. */
	origin: choice(['eigen', 'beispiel'], 'eigen'),
	buyingRole: choice(BUYING_ROLES, ''),
	technographics: technographicsSharesSchema,
	platforms: withDefault(list(text(Number.POSITIVE_INFINITY), MAX_PLATFORMS), () => []),
	/** The typical week; the posting-time calculator reads it from the active persona. */
	schedule: withDefault(weeklyScheduleSchema, () => ({
		...DEFAULT_SCHEDULE,
		workDays: [...DEFAULT_SCHEDULE.workDays],
	})),
	/** `standard` until the author has edited or confirmed the week (counts for completeness). */
	scheduleSource: choice(['standard', 'eigen'], 'standard'),
	customSections: withDefault(list(customSectionSchema, MAX_SECTIONS), () => []),
	/** ISO timestamp of the last change. */
	updatedAt: withDefault(text(Number.POSITIVE_INFINITY), () => new Date(0).toISOString()),
});
export type Persona = Infer<typeof personaSchema>;

/** A list of personas with unique ids, or `undefined` if any entry is invalid. */
export const personaListSchema = refine(list(personaSchema, MAX_PERSONAS), hasUniqueIds);
