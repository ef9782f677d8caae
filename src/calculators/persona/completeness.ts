/**
 * How complete a persona is: every check counts the same, and only the checks that apply to the
 * persona's kind (B2C demographics or B2B company and role) are counted. Own sections do not
 * count, because they are optional by nature.
 */
import type { Persona, TextField } from './schema';

export const SECTION_IDS = [
	'basics',
	'people',
	'goals',
	'habitus',
	'sources',
	'media',
	'schedule',
	'approach',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export type CheckId = TextField | 'buyingRole' | 'technographics' | 'platforms' | 'schedule';

const B2C_PEOPLE: readonly CheckId[] = ['age', 'gender', 'income', 'education', 'occupation', 'place'];
const B2B_PEOPLE: readonly CheckId[] = [
	'industry',
	'companySize',
	'revenue',
	'jobTitle',
	'successMeasure',
	'reportsTo',
	'buyingRole',
];

/** The checks of each section for a persona of this kind. */
export function sectionChecks(kind: Persona['kind']): Record<SectionId, readonly CheckId[]> {
	return {
		basics: ['name', 'quote'],
		people: kind === 'b2b' ? B2B_PEOPLE : B2C_PEOPLE,
		goals: ['goals', 'challenges'],
		habitus: ['habitus', 'values', 'interests'],
		sources: ['infoSources', 'trustedVoices'],
		media: ['technographics', 'platforms'],
		schedule: ['schedule'],
		approach: ['channels', 'tone', 'contentIdeas', 'noGos'],
	};
}

/** Whether one check is satisfied. */
export function isFilled(p: Persona, check: CheckId): boolean {
	switch (check) {
		case 'buyingRole':
			return p.buyingRole !== '';
		case 'technographics':
			return Object.keys(p.technographics.shares).length > 0 || p.mediaNote.trim() !== '';
		case 'platforms':
			return p.platforms.length > 0;
		case 'schedule':
			return p.scheduleSource === 'eigen';
		default:
			return p[check].trim() !== '';
	}
}

export interface SectionCompleteness {
	id: SectionId;
	filled: number;
	total: number;
	missing: CheckId[];
}

export interface Completeness {
	filled: number;
	total: number;
	/** Whole percent 0–100. */
	percent: number;
	sections: SectionCompleteness[];
}

/** Count filled checks per section and overall. */
export function computeCompleteness(p: Persona): Completeness {
	const checks = sectionChecks(p.kind);
	const sections = SECTION_IDS.map((id): SectionCompleteness => {
		const missing = checks[id].filter((c) => !isFilled(p, c));
		return { id, filled: checks[id].length - missing.length, total: checks[id].length, missing };
	});
	const filled = sections.reduce((sum, s) => sum + s.filled, 0);
	const total = sections.reduce((sum, s) => sum + s.total, 0);
	return { filled, total, percent: total === 0 ? 0 : Math.round((filled / total) * 100), sections };
}
