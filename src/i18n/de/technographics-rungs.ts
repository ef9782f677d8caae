/**
 * The one German name of each Social-Technographics rung, with Forrester's English term that
 * readers meet in the sources. Every calculator takes its rung names from here.
 */
import { RUNGS, type Rung } from '../../lib/technographics-rungs';

export const rungNames = {
	creators: { de: 'Kreatoren', en: 'Creators' },
	conversationalists: { de: 'Konversationalisten', en: 'Conversationalists' },
	critics: { de: 'Kritiker', en: 'Critics' },
	collectors: { de: 'Sammler', en: 'Collectors' },
	joiners: { de: 'Mitmacher', en: 'Joiners' },
	spectators: { de: 'Zuschauer', en: 'Spectators' },
	inactives: { de: 'Inaktive', en: 'Inactives' },
} as const satisfies Record<Rung, { de: string; en: string }>;

/** „Kreatoren (Creators)“: for form labels where the English term helps readers of the sources. */
export const rungNamesWithEnglish = Object.fromEntries(
	RUNGS.map((r) => [r, `${rungNames[r].de} (${rungNames[r].en})`]),
) as Record<Rung, string>;
