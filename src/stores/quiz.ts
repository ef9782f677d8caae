import { versionedAtom } from './persisted';
import { SEED_RANGE } from '../lib/seeded-shuffle';
import type { QuizQuestion, QuizResponse } from '../components/learning/quiz';
import {
	migrateQuizState,
	QUIZ_STATE_VERSION,
	resetChapterQuiz,
	startAttempt,
	submitAnswer,
	quizStateSchema,
	type QuizState,
} from '../components/learning/quiz-state';

/**
 * Quiz attempts of every chapter — the shuffle seed and the submitted answers — kept in this
 * browser (`smp:quiz`). The stored shape, its migration from version 1, locking and scoring are
 * documented and tested in `components/learning/quiz-state.ts` and `quiz.ts`.
 */
export const $quizAnswers = versionedAtom<QuizState>(
	'quiz',
	{},
	{ version: QUIZ_STATE_VERSION, label: 'Quiz-Antworten', validate: quizStateSchema, migrate: migrateQuizState },
);

/** A fresh seed for a new attempt; the order only has to differ between learners, not be secret. */
function newSeed(): number {
	const cryptoApi = globalThis.crypto;
	if (cryptoApi?.getRandomValues) return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
	return Math.floor(Math.random() * SEED_RANGE);
}

/** Make sure the chapter's attempt has a seed, so that a reload shows the same order. */
export function ensureAttempt(chapter: string): void {
	const state = $quizAnswers.get();
	if (state[chapter]?.seed === undefined) $quizAnswers.set(startAttempt(state, chapter, newSeed()));
}

/** Submit an answer; a question that was already answered stays locked. */
export function answerQuestion(chapter: string, question: QuizQuestion, response: QuizResponse): void {
	$quizAnswers.set(submitAnswer($quizAnswers.get(), chapter, question, response));
}

/** Clear the answers of one chapter's quiz and shuffle anew, so it can be taken again. */
export function resetQuiz(chapter: string): void {
	$quizAnswers.set(resetChapterQuiz($quizAnswers.get(), chapter, newSeed()));
}

/** Clear the answers of every quiz. */
export function resetAllQuizzes(): void {
	$quizAnswers.set({});
}
