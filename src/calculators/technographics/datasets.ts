import type { TechnographicsDatensatz } from '../../schemas/daten';
import { RUNGS, type Rung } from './rungs';
import type { RungValues } from './profile';

/**
 * A published ladder as the islands receive it: the validated YAML plus its id and a short
 * citation, so that the browser needs neither the content collection nor the bibliography.
 */
export interface LadderDataset {
	id: string;
	title: string;
	population: string;
	dataYear: number;
	dataPeriod: string | null;
	published: number;
	values: RungValues;
	valueNotes: Partial<Record<Rung, string>>;
	notes: string;
	sourceId: string;
	/** Short citation such as „Bernoff 2010“. */
	citation: string;
	/** Whether every rung of its time has a value (Conversationalists only exist from 2010). */
	complete: boolean;
}

/** Build the browser-side record of a data set. */
export function toLadderDataset(id: string, data: TechnographicsDatensatz, citation: string): LadderDataset {
	return {
		id,
		title: data.title,
		population: data.population,
		dataYear: data.dataYear,
		dataPeriod: data.dataPeriod ?? null,
		published: data.published,
		values: data.values,
		valueNotes: data.valueNotes,
		notes: data.notes,
		sourceId: data.source,
		citation,
		// Older ladders have no Conversationalists rung; one more gap makes a set partial.
		complete: RUNGS.filter((r) => data.values[r] === null).length <= (data.dataYear < 2010 ? 1 : 0),
	};
}

/**
 * The view a first visit starts with: the newest full US ladder next to Germany 2008 (the only
 * German one), indexed against the US ladder, like the profile tool compared a group against
 * all online adults.
 */
export function defaultSelection(datasets: readonly LadderDataset[]): { compare: string[]; reference: string | null } {
	const full = datasets.filter((d) => d.complete);
	const newest = [...full].sort((a, b) => b.dataYear - a.dataYear || b.published - a.published)[0];
	const german = full.find((d) => d.id.startsWith('deutschland-'));
	const compare = [newest?.id, german?.id].filter((id): id is string => Boolean(id));
	return { compare: [...new Set(compare)], reference: newest?.id ?? null };
}

/**
 * Put a data set into one of the comparison slots (or clear it with `''`). Slots close up, and a
 * set chosen twice stays only in its first slot.
 */
export function replaceSlot(compare: readonly string[], slot: number, id: string): string[] {
	const next = [...compare];
	next[slot] = id;
	return [...new Set(next.filter((x): x is string => Boolean(x)))];
}
