import { versionedAtom } from './persisted';
import {
	resetChapterQuiz,
	submitAnswer,
	validateQuizAnswers,
	type QuizAnswers,
	type QuizQuestion,
} from '../components/learning/quiz';

/**
 * Submitted quiz answers of every chapter, kept in this browser (`smp:quiz`). The stored shape,
 * locking and scoring are documented and tested in `components/learning/quiz.ts`.
 */
export const $quizAnswers = versionedAtom<QuizAnswers>(
	'quiz',
	{},
	{ version: 1, label: 'Quiz-Antworten', validate: validateQuizAnswers },
);

/** Submit an answer; a question that was already answered stays locked. */
export function answerQuestion(chapter: string, question: QuizQuestion, selected: readonly number[]): void {
	$quizAnswers.set(submitAnswer($quizAnswers.get(), chapter, question, selected));
}

/** Clear the answers of one chapter's quiz so it can be taken again. */
export function resetQuiz(chapter: string): void {
	$quizAnswers.set(resetChapterQuiz($quizAnswers.get(), chapter));
}

/** Clear the answers of every quiz. */
export function resetAllQuizzes(): void {
	$quizAnswers.set({});
}
