/**
 * The calculator's settings: what is stored in the browser and what a share link carries — never
 * the imported data. Numbers the user types are kept as typed („12,5“, even „abc“), so a bad
 * entry is shown with a message instead of being replaced; `resolveNumbers` reads them.
 */
import { DEFAULT_SCHEDULE, weeklyScheduleSchema } from '../../lib/schedule';
import { boolean, integer, numberSet, object, oneOf, refine, text, type Infer } from '../../lib/schema';
import { parseDecimal } from '../../lib/number';
import { PLATFORM_IDS, platformDefault } from './platforms';
import { HOURS_PER_WEEK, toSlot } from './week';
import { isValidTimeZone } from './zone';

/** Numbers as typed, so that a bad entry stays visible with its message. */
const typed = text(40);

/** What is stored and shared: the settings, never the imported data. */
export const postingSettingsSchema = object({
	/** IANA zone of the audience; all hours on the page are local hours of this zone. */
	timeZone: refine(text(64), isValidTimeZone),
	/** Leave crawler and file requests out of access logs. */
	filterBots: boolean,
	/** The model used while no data are imported. */
	model: oneOf(['persona', 'eigene'] as const),
	/** The week entered on this page (model „eigene“). */
	schedule: weeklyScheduleSchema,
	/** Competitor posting times, one entry per line (see competition.ts). */
	competition: text(5000),
	platform: oneOf(PLATFORM_IDS),
	/** Half-life in minutes, as typed. */
	halfLife: typed,
	postsPerWeek: typed,
	minGapHours: typed,
	excludeNights: boolean,
	/** Night from this hour … */
	nightStart: integer(0, 23),
	/** … until this hour (exclusive), wrapping past midnight. */
	nightEnd: integer(0, 23),
	/** Weekdays without posts, 0 = Montag. */
	excludedDays: numberSet(integer(0, 6), 50),
	view: oneOf(['audience', 'competition', 'score'] as const),
});
export type PostingSettings = Infer<typeof postingSettingsSchema>;
export type HeatmapView = PostingSettings['view'];
export type AudienceModel = PostingSettings['model'];

export const DEFAULT_SETTINGS: PostingSettings = {
	timeZone: 'Europe/Berlin',
	filterBots: true,
	model: 'persona',
	schedule: DEFAULT_SCHEDULE,
	competition: '',
	platform: 'facebook',
	halfLife: String(platformDefault('facebook').halfLifeMinutes),
	postsPerWeek: '5',
	minGapHours: '12',
	excludeNights: true,
	nightStart: 23,
	nightEnd: 6,
	excludedDays: [],
	view: 'score',
};

export const LIMITS = {
	halfLife: { min: 1, max: 43_200 },
	postsPerWeek: { min: 1, max: 42 },
	minGapHours: { min: 0, max: 84 },
} as const;

export type NumberField = keyof typeof LIMITS;

export interface ResolvedNumbers {
	halfLife: number;
	postsPerWeek: number;
	minGapHours: number;
	/** German message per field that could not be read; the default is used meanwhile. */
	errors: Partial<Record<NumberField, string>>;
}

/** Read the typed numbers; a bad entry yields a message and the default value. */
export function resolveNumbers(s: PostingSettings): ResolvedNumbers {
	const errors: Partial<Record<NumberField, string>> = {};
	const read = (field: NumberField, fallback: number, integer: boolean): number => {
		const r = parseDecimal(s[field], { ...LIMITS[field], integer });
		if (r.ok) return r.value;
		errors[field] = r.error;
		return fallback;
	};
	return {
		halfLife: read('halfLife', platformDefault(s.platform).halfLifeMinutes, false),
		postsPerWeek: read('postsPerWeek', Number(DEFAULT_SETTINGS.postsPerWeek), true),
		minGapHours: read('minGapHours', Number(DEFAULT_SETTINGS.minGapHours), true),
		errors,
	};
}

/** Per hour of the week: may a post go there (nights and excluded days left out)? */
export function allowedHours(s: PostingSettings): boolean[] {
	const allowed = new Array<boolean>(HOURS_PER_WEEK).fill(true);
	for (const d of s.excludedDays) for (let h = 0; h < 24; h++) allowed[toSlot(d, h)] = false;
	if (s.excludeNights && s.nightStart !== s.nightEnd) {
		for (let d = 0; d < 7; d++) {
			for (let h = s.nightStart; h !== s.nightEnd; h = (h + 1) % 24) allowed[toSlot(d, h)] = false;
		}
	}
	return allowed;
}
