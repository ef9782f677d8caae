import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The quizzes as the tests see them: read from content/quiz/*.yaml at run time, so the tests
 * follow whatever the chapter writers wrote instead of hard-coding questions or positions.
 */
export interface QuizFile {
	slug: string;
	shuffleQuestions: boolean;
	questions: QuizItem[];
}

export interface QuizItem {
	id: string;
	type: 'single' | 'multiple' | 'numeric' | 'ordering' | 'matching';
	question: string;
	options?: { text: string; correct: boolean }[];
	answer?: number;
	tolerance?: number;
	unit?: string;
	items?: string[];
	pairs?: { left: string; right: string }[];
}

/** Every quiz in the content folder. */
export function readQuizzes(): QuizFile[] {
	return readdirSync('content/quiz')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const data = parse(readFileSync(`content/quiz/${f}`, 'utf8')) as Omit<QuizFile, 'slug'>;
			return {
				slug: f.replace(/\.yaml$/, ''),
				shuffleQuestions: data.shuffleQuestions ?? true,
				questions: data.questions,
			};
		});
}

/** The echtzeit quiz if it exists (the chapter most tests have used), else the first one. */
export function mainQuiz(quizzes = readQuizzes()): QuizFile {
	const quiz = quizzes.find((q) => q.slug === 'echtzeit') ?? quizzes[0];
	if (!quiz) throw new Error('Kein Quiz in content/quiz/.');
	return quiz;
}

/** The first question of `type` in any quiz, with its chapter. */
export function firstOfKind(
	type: QuizItem['type'],
	quizzes = readQuizzes(),
): { slug: string; question: QuizItem } | undefined {
	for (const quiz of quizzes) {
		const question = quiz.questions.find((q) => q.type === type);
		if (question) return { slug: quiz.slug, question };
	}
	return undefined;
}

/** A pattern matching `s` literally; any run of whitespace (also no-break spaces) matches any other. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Open a chapter, scroll to the quiz and wait until the island has hydrated and shuffled. */
export async function openQuiz(page: Page, slug: string): Promise<Locator> {
	await page.goto(`/kapitel/${slug}/`);
	const section = page.locator('section.quiz');
	await section.getByRole('heading', { name: 'Quiz', level: 2, exact: true }).scrollIntoViewIfNeeded();
	// The questions become visible once the attempt's seed is known (after hydration).
	await expect(section.locator('.quiz-inhalt[data-bereit]')).toBeVisible();
	return section;
}

/** The fieldset of a question, found by its wording (the position is shuffled). */
export function questionGroup(section: Locator, question: QuizItem): Locator {
	return section
		.getByRole('group', { name: /^Frage \d+ von / })
		.filter({ has: section.page().getByText(question.question, { exact: true }) });
}

/** An option of a choice question by its text; its accessible name starts with the letter. */
export function option(group: Locator, question: QuizItem, text: string): Locator {
	const role = question.type === 'single' ? 'radio' : 'checkbox';
	return group.getByRole(role, { name: new RegExp(`^[A-F]\\) ${escapeRegExp(text)}( \\(|$)`) });
}

/** What a learner sees: every question's wording and its options' labels, in display order. */
export async function displayedOrder(section: Locator): Promise<string[]> {
	return section.locator('fieldset.quiz-frage').evaluateAll((sets) =>
		sets.map((set) => {
			const text = set.querySelector('.quiz-text')?.textContent ?? '';
			// Option texts without the marks an answered question adds.
			const parts = [
				...set.querySelectorAll(
					'.quiz-optionen label > span:first-of-type, .quiz-reihe .reihe-text, .quiz-zuordnung label, .quiz-zuordnung option',
				),
			].map((el) => el.textContent?.trim() ?? '');
			return `${text} | ${parts.join(' | ')}`;
		}),
	);
}

/** The attempt's stored seed for a chapter, read from localStorage. */
export async function storedSeed(page: Page, slug: string): Promise<number | undefined> {
	return page.evaluate((chapter) => {
		const raw = localStorage.getItem('smp:quiz');
		const data = raw ? (JSON.parse(raw) as { data?: Record<string, { seed?: number }> }).data : undefined;
		return data?.[chapter]?.seed;
	}, slug);
}
