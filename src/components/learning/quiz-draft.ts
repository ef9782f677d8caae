/**
 * What a learner has entered but not yet submitted („Antwort prüfen“), per question kind, and how
 * it becomes a response. Pure, so the rules for incomplete or bad input are unit-tested; the
 * island keeps drafts in memory only (a draft is not an answer and is not stored).
 */
import { parseNumericAnswer, type QuizQuestion, type QuizResponse } from './quiz';
import { initialItemOrder } from './quiz-order';

export type Draft =
	| { kind: 'choice'; selected: number[] }
	| { kind: 'numeric'; text: string }
	| { kind: 'ordering'; order: number[] }
	| { kind: 'matching'; matches: (number | null)[] };

/** Messages for input that cannot be submitted yet. */
export interface DraftLabels {
	chooseFirst: string;
	matchFirst: string;
}

export type DraftResult = { ok: true; response: QuizResponse } | { ok: false; error: string };

/** The untouched draft: nothing chosen, an empty field, the shuffled starting order. */
export function emptyDraft(question: QuizQuestion, seed: number | undefined): Draft {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return { kind: 'choice', selected: [] };
		case 'numeric':
			return { kind: 'numeric', text: '' };
		case 'ordering':
			return { kind: 'ordering', order: initialItemOrder(question, seed) };
		case 'matching':
			return { kind: 'matching', matches: question.pairs.map(() => null) };
	}
}

/** Tick or untick an option (radios replace the choice, checkboxes add or remove it). */
export function toggleOption(
	question: QuizQuestion,
	selected: readonly number[],
	index: number,
	checked: boolean,
): number[] {
	if (question.type === 'single') return [index];
	return checked ? [...new Set([...selected, index])] : selected.filter((i) => i !== index);
}

/** Move the item at display position `from` one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem(order: readonly number[], from: number, step: -1 | 1): number[] {
	const to = from + step;
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return [...order];
	const next = [...order];
	[next[from], next[to]] = [next[to] as number, next[from] as number];
	return next;
}

/** Turn a draft into a response, or say in German what is missing. */
export function draftResponse(question: QuizQuestion, draft: Draft, t: DraftLabels): DraftResult {
	switch (draft.kind) {
		case 'choice':
			return draft.selected.length > 0
				? { ok: true, response: { selected: draft.selected } }
				: { ok: false, error: t.chooseFirst };
		case 'numeric': {
			const parsed = parseNumericAnswer(draft.text, question.type === 'numeric' ? question.unit : undefined);
			return parsed.ok ? { ok: true, response: { value: parsed.value } } : { ok: false, error: parsed.error };
		}
		case 'ordering':
			return { ok: true, response: { order: draft.order } };
		case 'matching': {
			const matches = draft.matches.filter((m): m is number => m !== null);
			return matches.length === draft.matches.length
				? { ok: true, response: { matches } }
				: { ok: false, error: t.matchFirst };
		}
	}
}
