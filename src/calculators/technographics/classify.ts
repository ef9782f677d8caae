import {
	ACTIVE_RUNGS,
	ACTIVITIES,
	THRESHOLD,
	frequencyRank,
	type ActiveRung,
	type ActivityId,
	type Frequency,
	type Rung,
} from './rungs';

/**
 * One answer about one activity. `ja` comes from yes/no questionnaires whose question already
 * names the rung's threshold („mindestens einmal im Monat“, for Conversationalists „… pro Woche“),
 * so it counts as meeting that threshold.
 */
export type Answer = Frequency | 'ja';
export type Answers = Partial<Record<ActivityId, Answer>>;

/** Whether an answer reaches a minimum frequency; a missing answer never does. */
export function meetsThreshold(answer: Answer | undefined, threshold: Frequency): boolean {
	if (answer === undefined) return false;
	if (answer === 'ja') return true;
	return frequencyRank(answer) >= frequencyRank(threshold);
}

/**
 * The rungs a person stands on. Rungs overlap, so the result can hold several; `inactives` is
 * returned alone when no activity of a surveyed rung reaches its threshold. `surveyed` limits the
 * evaluation to rungs whose activities were asked at all.
 */
export function classifyRespondent(answers: Answers, surveyed: readonly ActiveRung[] = ACTIVE_RUNGS): Rung[] {
	const rungs: Rung[] = surveyed.filter((rung) =>
		ACTIVITIES[rung].some((activity) => meetsThreshold(answers[activity], THRESHOLD[rung])),
	);
	return rungs.length > 0 ? sortRungs(rungs) : ['inactives'];
}

/** Ladder order, top to bottom. */
function sortRungs(rungs: Rung[]): Rung[] {
	return ACTIVE_RUNGS.filter((r) => rungs.includes(r));
}

/** Counts per rung; `null` marks a rung that was not surveyed. */
export type RungCounts = Record<Rung, number | null>;

/** Rungs for which at least one activity is among the given ones (e.g. the CSV columns). */
export function surveyedRungs(activities: Iterable<ActivityId>): ActiveRung[] {
	const set = new Set(activities);
	return ACTIVE_RUNGS.filter((rung) => ACTIVITIES[rung].some((a) => set.has(a)));
}

/** Count how many respondents stand on each rung. */
export function tallyRespondents(respondents: readonly Answers[], surveyed: readonly ActiveRung[]): RungCounts {
	const counts = emptyCounts(surveyed);
	if (surveyed.length === 0) return counts;
	for (const answers of respondents) {
		for (const rung of classifyRespondent(answers, surveyed)) counts[rung] = (counts[rung] ?? 0) + 1;
	}
	return counts;
}

/** Zero for surveyed rungs (and Inactives when anything was surveyed), `null` for the rest. */
function emptyCounts(surveyed: readonly ActiveRung[]): RungCounts {
	return {
		creators: surveyed.includes('creators') ? 0 : null,
		conversationalists: surveyed.includes('conversationalists') ? 0 : null,
		critics: surveyed.includes('critics') ? 0 : null,
		collectors: surveyed.includes('collectors') ? 0 : null,
		joiners: surveyed.includes('joiners') ? 0 : null,
		spectators: surveyed.includes('spectators') ? 0 : null,
		inactives: surveyed.length > 0 ? 0 : null,
	};
}
