import { parseDecimal } from '../../lib/number';
import { ACTIVE_RUNGS, RUNGS, type Rung } from './rungs';
import type { RungCounts } from './classify';
import { fillTemplate } from '../../lib/template';

/** What the user typed, kept as text so that nothing is lost while it is still invalid. */
export interface CountsDraft {
	n: string;
	counts: Record<Rung, string>;
}

export const EMPTY_DRAFT: CountsDraft = {
	n: '',
	counts: {
		creators: '',
		conversationalists: '',
		critics: '',
		collectors: '',
		joiners: '',
		spectators: '',
		inactives: '',
	},
};

/** Messages for checks that `parseDecimal` does not know about; `{n}` and `{max}` are filled in. */
export interface CountsMessages {
	nRequired: string;
	exceedsN: string;
	inactivesExclusive: string;
}

export type CountsField = 'n' | Rung;

export interface CountsCheck {
	/** Sample size when valid. */
	n: number | null;
	/** Valid counts; an empty field means „not surveyed“ (`null`). */
	counts: RungCounts;
	errors: Partial<Record<CountsField, string>>;
	/** True when nothing has been typed yet, so no error is shown. */
	empty: boolean;
}

/** Check a draft: whole numbers, counts not above n, Inactives not overlapping the other rungs. */
export function checkCounts(draft: CountsDraft, messages: CountsMessages): CountsCheck {
	const errors: Partial<Record<CountsField, string>> = {};
	const counts = Object.fromEntries(RUNGS.map((r) => [r, null])) as RungCounts;
	const empty = draft.n.trim() === '' && RUNGS.every((r) => draft.counts[r].trim() === '');
	if (empty) return { n: null, counts, errors, empty };

	let n: number | null = null;
	const parsedN = parseDecimal(draft.n, { integer: true, min: 1, max: 10_000_000 });
	if (draft.n.trim() === '') errors.n = messages.nRequired;
	else if (!parsedN.ok) errors.n = parsedN.error;
	else n = parsedN.value;

	for (const rung of RUNGS) {
		const raw = draft.counts[rung];
		if (raw.trim() === '') continue;
		const parsed = parseDecimal(raw, { integer: true, min: 0, max: 10_000_000 });
		if (!parsed.ok) errors[rung] = parsed.error;
		else if (n !== null && parsed.value > n) errors[rung] = fillTemplate(messages.exceedsN, { n });
		else counts[rung] = parsed.value;
	}

	// Inactives do none of the activities, so they cannot be on any other rung at the same time.
	const inactives = counts.inactives;
	const largestActive = Math.max(0, ...ACTIVE_RUNGS.map((r) => counts[r] ?? 0));
	if (n !== null && inactives !== null && inactives + largestActive > n) {
		errors.inactives = fillTemplate(messages.inactivesExclusive, { max: n - largestActive });
		counts.inactives = null;
	}
	return { n, counts, errors, empty };
}

/** Counts as text for the form, e.g. after a CSV import filled them in. */
export function draftFromCounts(n: number, counts: RungCounts): CountsDraft {
	return {
		n: String(n),
		counts: Object.fromEntries(RUNGS.map((r) => [r, counts[r] === null ? '' : String(counts[r])])) as Record<
			Rung,
			string
		>,
	};
}
