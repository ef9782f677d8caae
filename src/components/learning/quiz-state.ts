/**
 * The stored quiz state: per chapter one attempt with its shuffle seed and the submitted answers.
 * Pure reducers, validation and the migration from version 1; `src/stores/quiz.ts` only wires
 * them to localStorage.
 *
 * Stored shape, version 2 (inside the `smp:quiz` envelope):
 * `{ [chapterSlug]: { seed?: number, answers: { [questionId]: StoredAnswer } } }`
 * where `seed` is an unsigned 32-bit integer that fixes the order of questions and options for
 * this attempt (missing until the quiz is first shown) and a `StoredAnswer` is `{ sig }` plus
 * exactly one of `selected` (choice), `value` (numeric), `order` (ordering) or `matches`
 * (matching), see `quiz.ts`.
 *
 * Version 1 was `{ [chapterSlug]: { [questionId]: { selected: number[], sig: string } } }`. Its
 * answers become the answers of a version 2 attempt without a seed; because the fingerprint of a
 * choice question did not change, they keep counting wherever the question still exists with the
 * same wording.
 */
import { isSeed } from '../../lib/seeded-shuffle';
import {
	answerFor,
	MAX_NUMERIC,
	normalizeResponse,
	signQuestion,
	type ChapterAnswers,
	type QuizQuestion,
	type QuizResponse,
	type StoredAnswer,
} from './quiz';

/** One learner's current attempt at one chapter's quiz. */
export interface ChapterAttempt {
	seed?: number;
	answers: ChapterAnswers;
}

export type QuizState = Record<string, ChapterAttempt>;

/** The version written into the `smp:quiz` envelope. */
export const QUIZ_STATE_VERSION = 2;

const SLUG = /^[a-z0-9-]{1,100}$/;
const MAX_ENTRIES = 200;
/** Schema limits: at most 6 options and 8 ordering items or matching pairs. */
const MAX_PARTS = 8;
const MAX_OPTIONS = 6;

/**
 * Give `chapter` a seed if its attempt has none yet (first view, or answers migrated from
 * version 1). Returns the same object when nothing changes.
 */
export function startAttempt(state: QuizState, chapter: string, seed: number): QuizState {
	const attempt = state[chapter];
	if (attempt?.seed !== undefined) return state;
	return { ...state, [chapter]: { answers: attempt?.answers ?? {}, seed } };
}

/**
 * Record an answer. Returns the same object when nothing changes: the question is already
 * locked, or the response cannot be submitted.
 */
export function submitAnswer(
	state: QuizState,
	chapter: string,
	question: QuizQuestion,
	response: QuizResponse,
): QuizState {
	const attempt = state[chapter] ?? { answers: {} };
	if (answerFor(question, attempt.answers)) return state;
	const clean = normalizeResponse(question, response);
	if (!clean) return state;
	const answer = { ...clean, sig: signQuestion(question) } as StoredAnswer;
	return { ...state, [chapter]: { ...attempt, answers: { ...attempt.answers, [question.id]: answer } } };
}

/**
 * Start a new attempt: forget the chapter's answers and take `seed` for a new order. Should the
 * new seed equal the old one, it is changed, so a reset always reshuffles.
 */
export function resetChapterQuiz(state: QuizState, chapter: string, seed: number): QuizState {
	const old = state[chapter]?.seed;
	return { ...state, [chapter]: { seed: seed === old ? (seed ^ 1) >>> 0 : seed, answers: {} } };
}

const isIndexList = (v: unknown, max: number, sorted: boolean): v is number[] =>
	Array.isArray(v) &&
	v.length >= 1 &&
	v.length <= max &&
	v.every((i, n) => Number.isInteger(i) && i >= 0 && i < max && (!sorted || n === 0 || i > v[n - 1]));

function validateAnswer(value: unknown): StoredAnswer | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const record = value as Record<string, unknown>;
	const { sig } = record;
	if (typeof sig !== 'string' || !/^[0-9a-z]{1,13}$/.test(sig)) return undefined;
	const keys = Object.keys(record).filter((k) => k !== 'sig');
	if (keys.length !== 1) return undefined;
	const { selected, value: number, order, matches } = record;
	if (keys[0] === 'selected' && isIndexList(selected, MAX_OPTIONS, true)) return { selected: [...selected], sig };
	if (keys[0] === 'value' && typeof number === 'number' && Number.isFinite(number) && Math.abs(number) <= MAX_NUMERIC) {
		return { value: number, sig };
	}
	if (keys[0] === 'order' && isIndexList(order, MAX_PARTS, false) && new Set(order).size === order.length) {
		return { order: [...order], sig };
	}
	if (keys[0] === 'matches' && isIndexList(matches, MAX_PARTS, false)) return { matches: [...matches], sig };
	return undefined;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function validateAttempt(value: unknown): ChapterAttempt | undefined {
	if (!isPlainObject(value)) return undefined;
	if (Object.keys(value).some((k) => k !== 'seed' && k !== 'answers')) return undefined;
	const { seed, answers } = value;
	if (seed !== undefined && !isSeed(seed)) return undefined;
	if (!isPlainObject(answers)) return undefined;
	const entries = Object.entries(answers);
	if (entries.length > MAX_ENTRIES) return undefined;
	const out: ChapterAnswers = {};
	for (const [id, answer] of entries) {
		const valid = SLUG.test(id) ? validateAnswer(answer) : undefined;
		if (!valid) return undefined;
		out[id] = valid;
	}
	return seed === undefined ? { answers: out } : { seed, answers: out };
}

/** Stored quiz state when its shape is exactly as documented above, otherwise `undefined`. */
export function validateQuizState(data: unknown): QuizState | undefined {
	if (!isPlainObject(data)) return undefined;
	const chapters = Object.entries(data);
	if (chapters.length > MAX_ENTRIES) return undefined;
	const out: QuizState = {};
	for (const [chapter, attempt] of chapters) {
		const valid = SLUG.test(chapter) ? validateAttempt(attempt) : undefined;
		if (!valid) return undefined;
		out[chapter] = valid;
	}
	return out;
}

/**
 * Upgrade stored data of an older version to version 2 (validation follows). Version 1 kept the
 * answers directly under the chapter; they become the answers of an attempt without a seed.
 */
export function migrateQuizState(data: unknown, fromVersion: number): unknown {
	if (fromVersion !== 1 || !isPlainObject(data)) return undefined;
	return Object.fromEntries(Object.entries(data).map(([chapter, answers]) => [chapter, { answers }]));
}
