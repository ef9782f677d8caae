/**
 * The steps of the builder and which step each field lives in, so the overview can send the
 * author from a missing field or a problem straight to the right step.
 */
import { SECTION_IDS, type CheckId, type SectionId } from './completeness';
import type { PersonaKind } from './schema';

export const STEP_IDS = [...SECTION_IDS, 'overview'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Dictionary key of a step title; the second step is titled by the persona's kind. */
export type StepTitleKey = Exclude<StepId, 'people'> | 'peopleB2c' | 'peopleB2b';

/** The title key of `step` for a persona of `kind`. */
export function stepTitleKey(step: StepId, kind: PersonaKind): StepTitleKey {
	if (step !== 'people') return step;
	return kind === 'b2b' ? 'peopleB2b' : 'peopleB2c';
}

const FIELD_STEPS: Record<string, SectionId> = {
	name: 'basics',
	quote: 'basics',
	age: 'people',
	gender: 'people',
	income: 'people',
	education: 'people',
	occupation: 'people',
	place: 'people',
	industry: 'people',
	companySize: 'people',
	revenue: 'people',
	jobTitle: 'people',
	successMeasure: 'people',
	reportsTo: 'people',
	buyingRole: 'people',
	goals: 'goals',
	challenges: 'goals',
	habitus: 'habitus',
	values: 'habitus',
	interests: 'habitus',
	infoSources: 'sources',
	trustedVoices: 'sources',
	technographics: 'media',
	platforms: 'media',
	mediaNote: 'media',
	schedule: 'schedule',
	scheduleNote: 'schedule',
	workEnd: 'schedule',
	lunchStart: 'schedule',
	eveningStart: 'schedule',
	channels: 'approach',
	tone: 'approach',
	contentIdeas: 'approach',
	noGos: 'approach',
};

/** The step that holds a field or check; own sections and unknown fields live on the overview. */
export function stepOfField(field: CheckId | string): StepId {
	return FIELD_STEPS[field] ?? 'overview';
}

/** The step `delta` places away from `step`, clamped to the first and last step. */
export function moveStep(step: StepId, delta: number): StepId {
	const index = Math.min(STEP_IDS.length - 1, Math.max(0, STEP_IDS.indexOf(step) + delta));
	return STEP_IDS[index] ?? 'basics';
}
