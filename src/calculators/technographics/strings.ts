import type { technographics } from '../../i18n/de/technographics';
import type { Rung } from './rungs';

/**
 * The parts of the dictionary each island receives as props. Only types are imported, so the
 * dictionary itself never ends up in the browser bundle.
 */
type T = typeof technographics;

export type RungLabels = Record<Rung, { de: string; en: string }>;

export interface CompareStrings {
	rungs: RungLabels;
	compare: T['compare'];
	overlap: string;
	indexExplain: string;
	notPublished: string;
	/** A rung the survey of that year did not have yet. */
	notCollected: string;
}

export interface GroupStrings {
	rungs: RungLabels;
	group: T['group'];
	compare: Pick<T['compare'], 'reference' | 'referenceNone' | 'groupFull' | 'groupPartial' | 'rungColumn'>;
	overlap: string;
	indexExplain: string;
	notSurveyed: string;
}

export interface SelfTestStrings {
	rungs: T['rungs'];
	activities: T['activities'];
	frequencies: T['frequencies'];
	selfTest: T['selfTest'];
}

export interface ToolbarStrings {
	toolbar: T['toolbar'];
}

/** German and English rung names only, the part of `rungs` most islands need. */
export function pickRungLabels(rungs: T['rungs']): RungLabels {
	return {
		creators: { de: rungs.creators.de, en: rungs.creators.en },
		conversationalists: { de: rungs.conversationalists.de, en: rungs.conversationalists.en },
		critics: { de: rungs.critics.de, en: rungs.critics.en },
		collectors: { de: rungs.collectors.de, en: rungs.collectors.en },
		joiners: { de: rungs.joiners.de, en: rungs.joiners.en },
		spectators: { de: rungs.spectators.de, en: rungs.spectators.en },
		inactives: { de: rungs.inactives.de, en: rungs.inactives.en },
	};
}
