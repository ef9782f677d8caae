/**
 * Pure quiz logic for every question kind: the question shapes the island receives, the
 * fingerprint of a question's wording, checking a response and scoring a quiz. No DOM, Preact or
 * nanostores here, so every rule is unit-tested in `quiz.test.ts`. The stored state (answers per
 * chapter, the attempt's seed, migration) lives in `quiz-state.ts`, display order in
 * `quiz-order.ts`.
 *
 * Responses always use the question's file order („canonical“ indices), never the shuffled
 * display order: a stored answer stays valid whatever order a learner saw, and the trainer's key
 * and the exports speak the same language.
 */
import { parseDecimal, type ParseResult } from '../../lib/number';

// Kept in its own module so that small page scripts can use it without the quiz logic.
export { fillTemplate } from '../../lib/template';

export interface QuizOption {
	text: string;
	correct: boolean;
}

interface QuestionBase {
	/** Stable id within the quiz; stored answers are keyed by it. */
	id: string;
	question: string;
	explanation: string;
}

/** Single or multiple choice. */
export interface ChoiceQuestion extends QuestionBase {
	type: 'single' | 'multiple';
	options: QuizOption[];
}

/** A number to compute; right within `tolerance` (absolute) of `answer`. */
export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: number;
	tolerance: number;
	unit?: string;
}

/** Put `items` (listed in the correct order) into order. */
export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	items: string[];
}

/** Match every left item to its right partner; `pairs` are the correct pairs. */
export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	pairs: { left: string; right: string }[];
}

/** A question as the island receives it (the serializable subset of the content schema). */
export type QuizQuestion = ChoiceQuestion | NumericQuestion | OrderingQuestion | MatchingQuestion;

/**
 * What a learner answered, in canonical indices: chosen options (ascending), a number, the item
 * indices in the learner's order, or for each left item the index of the chosen right partner.
 */
export type QuizResponse = { selected: number[] } | { value: number } | { order: number[] } | { matches: number[] };

/** A submitted answer with the fingerprint of the wording it answered. */
export type StoredAnswer = QuizResponse & { sig: string };

export type ChapterAnswers = Record<string, StoredAnswer>;

export interface QuizScore {
	total: number;
	answered: number;
	correct: number;
}

/** Largest magnitude a numeric answer may have; beyond it input is rejected, never stored. */
export const MAX_NUMERIC = 1e12;

/** True for single- and multiple-choice questions. */
export function isChoice(question: QuizQuestion): question is ChoiceQuestion {
	return question.type === 'single' || question.type === 'multiple';
}

function djb2(parts: readonly string[]): string {
	const text = parts.join('\u0000');
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
	return hash.toString(36);
}

/**
 * Short fingerprint (djb2, base 36) of a question's wording. For choice questions it is exactly
 * the fingerprint of version 1 (question and option texts), so answers stored before the new
 * kinds existed keep counting. Other kinds include their kind, so a question that changes kind
 * under the same id is open again.
 */
export function signQuestion(question: QuizQuestion): string {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return djb2([question.question, ...question.options.map((o) => o.text)]);
		case 'numeric':
			return djb2(['numeric', question.question, question.unit ?? '']);
		case 'ordering':
			return djb2(['ordering', question.question, ...question.items]);
		case 'matching':
			return djb2(['matching', question.question, ...question.pairs.flatMap((p) => [p.left, p.right])]);
	}
}

/** Indices of the correct options, ascending. */
export function correctIndices(question: ChoiceQuestion): number[] {
	return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

const isIndex = (i: unknown, length: number): i is number =>
	Number.isInteger(i) && (i as number) >= 0 && (i as number) < length;

function normalizeSelection(question: ChoiceQuestion, selected: readonly number[]): number[] | undefined {
	const clean = [...new Set(selected)].filter((i) => isIndex(i, question.options.length)).sort((a, b) => a - b);
	if (clean.length === 0) return undefined;
	if (question.type === 'single' && clean.length !== 1) return undefined;
	return clean;
}

/**
 * The response cleaned for `question`, or `undefined` when it cannot be submitted: nothing
 * chosen, several options on a single-choice question, a number out of range, an order that is
 * not a permutation of the items, or a left item without partner.
 */
export function normalizeResponse(question: QuizQuestion, response: QuizResponse): QuizResponse | undefined {
	if (isChoice(question)) {
		if (!('selected' in response)) return undefined;
		const selected = normalizeSelection(question, response.selected);
		return selected && { selected };
	}
	if (question.type === 'numeric') {
		if (!('value' in response)) return undefined;
		const ok = Number.isFinite(response.value) && Math.abs(response.value) <= MAX_NUMERIC;
		return ok ? { value: response.value } : undefined;
	}
	if (question.type === 'ordering') {
		if (!('order' in response)) return undefined;
		const n = question.items.length;
		const { order } = response;
		const ok = order.length === n && new Set(order).size === n && order.every((i) => isIndex(i, n));
		return ok ? { order: [...order] } : undefined;
	}
	if (!('matches' in response)) return undefined;
	const n = question.pairs.length;
	const ok = response.matches.length === n && response.matches.every((i) => isIndex(i, n));
	return ok ? { matches: [...response.matches] } : undefined;
}

/** Whether `value` lies within the question's tolerance (with room for binary rounding). */
export function isWithinTolerance(value: number, answer: number, tolerance: number): boolean {
	const slack = 1e-9 * Math.max(1, Math.abs(answer));
	return Math.abs(value - answer) <= tolerance + slack;
}

/** Per position (ordering) or per left item (matching): whether that part is right. */
export function partResults(question: OrderingQuestion | MatchingQuestion, response: QuizResponse): boolean[] {
	if (question.type === 'ordering') return 'order' in response ? response.order.map((item, pos) => item === pos) : [];
	return 'matches' in response ? response.matches.map((right, left) => right === left) : [];
}

/** True when the response is entirely right (all or nothing for every kind). */
export function isCorrectResponse(question: QuizQuestion, response: QuizResponse): boolean {
	const clean = normalizeResponse(question, response);
	if (!clean) return false;
	if (isChoice(question)) {
		const right = correctIndices(question);
		const chosen = 'selected' in clean ? clean.selected : [];
		return chosen.length === right.length && chosen.every((v, i) => v === right[i]);
	}
	if (question.type === 'numeric') {
		return 'value' in clean && isWithinTolerance(clean.value, question.answer, question.tolerance);
	}
	return partResults(question, clean).every(Boolean);
}

/** The stored answer that still applies to `question`, if any; such a question is locked. */
export function answerFor(question: QuizQuestion, answers: ChapterAnswers | undefined): StoredAnswer | undefined {
	const stored = answers?.[question.id];
	if (!stored || stored.sig !== signQuestion(question)) return undefined;
	const clean = normalizeResponse(question, stored);
	if (!clean) return undefined;
	// A stored choice that had to be cleaned (duplicates, out of range) does not fit any more.
	if ('selected' in clean && 'selected' in stored && clean.selected.length !== stored.selected.length) return undefined;
	return stored;
}

/** Score of one chapter's quiz; answers to changed or removed questions do not count. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: ChapterAnswers | undefined): QuizScore {
	let answered = 0;
	let correct = 0;
	for (const q of questions) {
		const a = answerFor(q, answers);
		if (!a) continue;
		answered++;
		if (isCorrectResponse(q, a)) correct++;
	}
	return { total: questions.length, answered, correct };
}

/** Read a typed numeric answer: decimal comma, thousands dots and a trailing unit are accepted. */
export function parseNumericAnswer(raw: string, unit?: string): ParseResult {
	let text = raw.trim();
	if (unit && text.toLowerCase().endsWith(unit.toLowerCase())) text = text.slice(0, -unit.length);
	return parseDecimal(text, { min: -MAX_NUMERIC, max: MAX_NUMERIC });
}
