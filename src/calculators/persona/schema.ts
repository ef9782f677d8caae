/**
 * The persona as it is stored, exported and shared. One schema serves localStorage, the JSON file
 * and the share link, so a persona survives every round trip unchanged.
 *
 * Design: text fields are flat (one key per form field) so that the form, the validation and the
 * completeness count can iterate over one list. Parsing is strict about types but lenient about
 * missing fields: a field added in a later version simply gets its empty default, so adding a
 * field never needs a migration. Renaming or reshaping a field does (see migrate.ts).
 */
import { DEFAULT_SCHEDULE, weeklyScheduleSchema, type WeeklySchedule } from '../../lib/schedule';
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

export type PersonaKind = 'b2c' | 'b2b';

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

/** A section the author adds on the overview page („eigener Abschnitt“). */
export interface CustomSection {
	id: string;
	title: string;
	text: string;
}

/** Shares (0–100 %) of the persona's group on each rung; rungs overlap, so they do not sum to 100. */
export interface TechnographicsShares {
	shares: Partial<Record<Rung, number>>;
	/** Where the numbers came from: typed by hand or taken from the Technographics calculator. */
	source: 'hand' | 'profil';
}

export type Persona = Record<TextField, string> & {
	id: string;
	kind: PersonaKind;
	/** `beispiel` marks the illustrative examples, so the card can say they are not research data. */
	origin: 'eigen' | 'beispiel';
	buyingRole: BuyingRole;
	technographics: TechnographicsShares;
	platforms: string[];
	/** The typical week; the posting-time calculator reads it from the active persona. */
	schedule: WeeklySchedule;
	/** `standard` until the author has edited or confirmed the week (counts for completeness). */
	scheduleSource: 'standard' | 'eigen';
	customSections: CustomSection[];
	/** ISO timestamp of the last change. */
	updatedAt: string;
};

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

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of any length (see the limits above); `undefined` (missing) becomes the fallback. */
function readString(value: unknown, fallback = ''): string | undefined {
	if (value === undefined) return fallback;
	return typeof value === 'string' ? value : undefined;
}

function isId(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

function readEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T | undefined {
	if (value === undefined) return fallback;
	return allowed.includes(value as T) ? (value as T) : undefined;
}

/** Rung shares: finite numbers 0–100 only; anything else makes the record invalid. */
export function parseShares(value: unknown): Partial<Record<Rung, number>> | undefined {
	if (value === undefined) return {};
	if (!isRecord(value)) return undefined;
	const out: Partial<Record<Rung, number>> = {};
	for (const [key, share] of Object.entries(value)) {
		if (!RUNGS.includes(key as Rung)) return undefined;
		if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 100) return undefined;
		// `+ 0` turns -0 into 0, so a value survives the JSON round trip unchanged.
		out[key as Rung] = share + 0;
	}
	return out;
}

function parseTechnographics(value: unknown): TechnographicsShares | undefined {
	if (value === undefined) return { shares: {}, source: 'hand' };
	if (!isRecord(value)) return undefined;
	const shares = parseShares(value['shares']);
	const source = readEnum(value['source'], ['hand', 'profil'] as const, 'hand');
	return shares && source ? { shares, source } : undefined;
}

function parseStringList(value: unknown, max: number): string[] | undefined {
	if (value === undefined) return [];
	if (!Array.isArray(value) || value.length > max) return undefined;
	return value.every((v) => typeof v === 'string') ? [...(value as string[])] : undefined;
}

function parseSections(value: unknown): CustomSection[] | undefined {
	if (value === undefined) return [];
	if (!Array.isArray(value) || value.length > MAX_SECTIONS) return undefined;
	const out: CustomSection[] = [];
	for (const item of value) {
		if (!isRecord(item) || !isId(item['id'])) return undefined;
		const title = readString(item['title']);
		const text = readString(item['text']);
		if (title === undefined || text === undefined) return undefined;
		out.push({ id: item['id'], title, text });
	}
	return out;
}

function parseTexts(value: Record<string, unknown>): Record<TextField, string> | undefined {
	const out: Partial<Record<TextField, string>> = {};
	for (const field of TEXT_FIELDS) {
		const text = readString(value[field]);
		if (text === undefined) return undefined;
		out[field] = text;
	}
	return out as Record<TextField, string>;
}

/**
 * Returns a clean copy of the persona when `value` has the current shape, otherwise `undefined`.
 * Unknown keys are dropped; missing optional fields get their defaults.
 */
export function parsePersona(value: unknown): Persona | undefined {
	if (!isRecord(value) || !isId(value['id'])) return undefined;
	const texts = parseTexts(value);
	const kind = readEnum(value['kind'], ['b2c', 'b2b'] as const, 'b2c');
	const origin = readEnum(value['origin'], ['eigen', 'beispiel'] as const, 'eigen');
	const buyingRole = readEnum(value['buyingRole'], BUYING_ROLES, '');
	const technographics = parseTechnographics(value['technographics']);
	const platforms = parseStringList(value['platforms'], MAX_PLATFORMS);
	const schedule = value['schedule'] === undefined ? { ...DEFAULT_SCHEDULE } : weeklyScheduleSchema(value['schedule']);
	const scheduleSource = readEnum(value['scheduleSource'], ['standard', 'eigen'] as const, 'standard');
	const customSections = parseSections(value['customSections']);
	const updatedAt = readString(value['updatedAt'], new Date(0).toISOString());
	if (!texts || !kind || !origin || buyingRole === undefined || !technographics || !platforms) return undefined;
	if (!schedule || !scheduleSource || !customSections || updatedAt === undefined) return undefined;
	return {
		...texts,
		id: value['id'],
		kind,
		origin,
		buyingRole,
		technographics,
		platforms,
		schedule,
		scheduleSource,
		customSections,
		updatedAt,
	};
}

/** A list of personas with unique ids, or `undefined` if any entry is invalid. */
export function parsePersonaList(value: unknown): Persona[] | undefined {
	if (!Array.isArray(value) || value.length > MAX_PERSONAS) return undefined;
	const out: Persona[] = [];
	const ids = new Set<string>();
	for (const item of value) {
		const persona = parsePersona(item);
		if (!persona || ids.has(persona.id)) return undefined;
		ids.add(persona.id);
		out.push(persona);
	}
	return out;
}
