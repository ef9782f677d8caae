/**
 * The calculator's settings: what is stored in the browser and what a share link carries — never
 * the imported data. Numbers the user types are kept as typed („12,5“, even „abc“), so a bad
 * entry is shown with a message instead of being replaced; `resolveNumbers` reads them.
 */
import { DEFAULT_SCHEDULE, validateSchedule, type WeeklySchedule } from '../../lib/schedule';
import { parseDecimal } from '../../lib/number';
import { PLATFORM_IDS, platformDefault, type PlatformId } from './platforms';
import { HOURS_PER_WEEK, toSlot } from './week';
import { isValidTimeZone } from './zone';

export type HeatmapView = 'audience' | 'competition' | 'score';
export type AudienceModel = 'persona' | 'eigene';

export interface PostingSettings {
	/** IANA zone of the audience; all hours on the page are local hours of this zone. */
	timeZone: string;
	/** Leave crawler and file requests out of access logs. */
	filterBots: boolean;
	/** The model used while no data are imported. */
	model: AudienceModel;
	/** The week entered on this page (model „eigene“). */
	schedule: WeeklySchedule;
	/** Competitor posting times, one entry per line (see competition.ts). */
	competition: string;
	platform: PlatformId;
	/** Half-life in minutes, as typed. */
	halfLife: string;
	postsPerWeek: string;
	minGapHours: string;
	excludeNights: boolean;
	/** Night from this hour … */
	nightStart: number;
	/** … until this hour (exclusive), wrapping past midnight. */
	nightEnd: number;
	/** Weekdays without posts, 0 = Montag. */
	excludedDays: number[];
	view: HeatmapView;
}

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

const isHour = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 23;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** The settings when the value is complete and valid, otherwise `undefined`. */
export function validateSettings(value: unknown): PostingSettings | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const v = value as Record<string, unknown>;
	const schedule = validateSchedule(v['schedule']);
	const days = v['excludedDays'];
	if (
		!isText(v['timeZone'], 64) ||
		!isValidTimeZone(v['timeZone']) ||
		typeof v['filterBots'] !== 'boolean' ||
		(v['model'] !== 'persona' && v['model'] !== 'eigene') ||
		!schedule ||
		!isText(v['competition'], 5000) ||
		!PLATFORM_IDS.includes(v['platform'] as PlatformId) ||
		!isText(v['halfLife'], 40) ||
		!isText(v['postsPerWeek'], 40) ||
		!isText(v['minGapHours'], 40) ||
		typeof v['excludeNights'] !== 'boolean' ||
		!isHour(v['nightStart']) ||
		!isHour(v['nightEnd']) ||
		!Array.isArray(days) ||
		!days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) ||
		!['audience', 'competition', 'score'].includes(v['view'] as string)
	) {
		return undefined;
	}
	return {
		timeZone: v['timeZone'],
		filterBots: v['filterBots'],
		model: v['model'],
		schedule,
		competition: v['competition'],
		platform: v['platform'] as PlatformId,
		halfLife: v['halfLife'],
		postsPerWeek: v['postsPerWeek'],
		minGapHours: v['minGapHours'],
		excludeNights: v['excludeNights'],
		nightStart: v['nightStart'],
		nightEnd: v['nightEnd'],
		excludedDays: [...new Set(days as number[])].sort((a, b) => a - b),
		view: v['view'] as HeatmapView,
	};
}

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
