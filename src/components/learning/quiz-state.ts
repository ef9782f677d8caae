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
	decimal,
	dict,
	integer,
	isRecord,
	list,
	object,
	optional,
	refine,
	text,
	union,
	type Schema,
} from '../../lib/schema';
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

/** Option, item or pair indices: `1…max` of them, each below `max`. */
const indices = (max: number) => list(integer(0, max - 1), max, 1);
const sig = text(13, /^[0-9a-z]{1,13}$/);

/** Exactly one kind of response beside the fingerprint (see `StoredAnswer` in quiz.ts). */
const storedAnswerSchema: Schema<StoredAnswer> = union(
	object({ selected: refine(indices(MAX_OPTIONS), (xs) => xs.every((x, n) => n === 0 || x > xs[n - 1]!)), sig }, true),
	object({ value: decimal(-MAX_NUMERIC, MAX_NUMERIC), sig }, true),
	object({ order: refine(indices(MAX_PARTS), (xs) => new Set(xs).size === xs.length), sig }, true),
	object({ matches: indices(MAX_PARTS), sig }, true),
);

const attemptSchema: Schema<ChapterAttempt> = object(
	{
		seed: optional((v) => (isSeed(v) ? v : undefined)),
		answers: dict(SLUG, storedAnswerSchema, MAX_ENTRIES),
	},
	true,
);

/** Stored quiz state when its shape is exactly as documented above, otherwise `undefined`. */
export const quizStateSchema: Schema<QuizState> = dict(SLUG, attemptSchema, MAX_ENTRIES);

/**
 * Upgrade stored data of an older version to version 2 (validation follows). Version 1 kept the
 * answers directly under the chapter; they become the answers of an attempt without a seed.
 */
export function migrateQuizState(data: unknown, fromVersion: number): unknown {
	if (fromVersion !== 1 || !isRecord(data)) return undefined;
	return Object.fromEntries(Object.entries(data).map(([chapter, answers]) => [chapter, { answers }]));
}
