/**
 * Pure quiz logic: scoring, locking and the validation of stored answers. No DOM, Preact or
 * nanostores here, so every rule is unit-tested in `quiz.test.ts`.
 *
 * Stored shape (inside the `smp:quiz` envelope, see `src/stores/quiz.ts`):
 * `{ [chapterSlug]: { [questionId]: { selected: number[], sig: string } } }`.
 * `selected` are option indices in content order; `sig` fingerprints the question's wording, so
 * when an author rewrites a question or its options the old answer no longer applies and the
 * question is open again instead of showing a wrong score.
 */

// Kept in its own module so that small page scripts can use it without the quiz logic.
export { fillTemplate } from './template';

export interface QuizOption {
	text: string;
	correct: boolean;
}

/** A question as the island receives it (the serializable subset of the content schema). */
export interface QuizQuestion {
	id: string;
	type: 'single' | 'multiple';
	question: string;
	options: QuizOption[];
	explanation: string;
}

export interface StoredAnswer {
	selected: number[];
	sig: string;
}

export type ChapterAnswers = Record<string, StoredAnswer>;
export type QuizAnswers = Record<string, ChapterAnswers>;

export interface QuizScore {
	total: number;
	answered: number;
	correct: number;
}

const SLUG = /^[a-z0-9-]{1,100}$/;
const MAX_OPTIONS = 6;
const MAX_ENTRIES = 200;

/** Short fingerprint (djb2, base 36) of a question's wording and option texts. */
export function signQuestion(question: Pick<QuizQuestion, 'question' | 'options'>): string {
	const text = [question.question, ...question.options.map((o) => o.text)].join('\u0000');
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
	return hash.toString(36);
}

/** Indices of the correct options, ascending. */
export function correctIndices(question: QuizQuestion): number[] {
	return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/**
 * A selection cleaned for `question`: unique, ascending, in range; `undefined` when it cannot be
 * submitted (nothing chosen, or more than one option on a single-choice question).
 */
export function normalizeSelection(question: QuizQuestion, selected: readonly number[]): number[] | undefined {
	const clean = [...new Set(selected)]
		.filter((i) => Number.isInteger(i) && i >= 0 && i < question.options.length)
		.sort((a, b) => a - b);
	if (clean.length === 0) return undefined;
	if (question.type === 'single' && clean.length !== 1) return undefined;
	return clean;
}

/** True when exactly the correct options are selected (all or nothing). */
export function isCorrectSelection(question: QuizQuestion, selected: readonly number[]): boolean {
	const right = correctIndices(question);
	const chosen = normalizeSelection(question, selected);
	return chosen !== undefined && chosen.length === right.length && chosen.every((v, i) => v === right[i]);
}

/** The stored answer that still applies to `question`, if any; such a question is locked. */
export function answerFor(question: QuizQuestion, answers: ChapterAnswers | undefined): StoredAnswer | undefined {
	const stored = answers?.[question.id];
	if (!stored || stored.sig !== signQuestion(question)) return undefined;
	const selected = normalizeSelection(question, stored.selected);
	if (!selected || selected.length !== stored.selected.length) return undefined;
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
		if (isCorrectSelection(q, a.selected)) correct++;
	}
	return { total: questions.length, answered, correct };
}

/**
 * Record an answer. Returns the same object when nothing changes: the question is already
 * locked, or the selection cannot be submitted.
 */
export function submitAnswer(
	answers: QuizAnswers,
	chapter: string,
	question: QuizQuestion,
	selected: readonly number[],
): QuizAnswers {
	const chapterAnswers = answers[chapter];
	if (answerFor(question, chapterAnswers)) return answers;
	const clean = normalizeSelection(question, selected);
	if (!clean) return answers;
	return {
		...answers,
		[chapter]: { ...chapterAnswers, [question.id]: { selected: clean, sig: signQuestion(question) } },
	};
}

/** Forget every answer of one chapter's quiz. */
export function resetChapterQuiz(answers: QuizAnswers, chapter: string): QuizAnswers {
	if (!(chapter in answers)) return answers;
	const rest = { ...answers };
	delete rest[chapter];
	return rest;
}

function validateAnswer(value: unknown): StoredAnswer | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { selected, sig } = value as Record<string, unknown>;
	if (typeof sig !== 'string' || !/^[0-9a-z]{1,13}$/.test(sig)) return undefined;
	if (!Array.isArray(selected) || selected.length < 1 || selected.length > MAX_OPTIONS) return undefined;
	const ok = selected.every(
		(i, n) => Number.isInteger(i) && i >= 0 && i < MAX_OPTIONS && (n === 0 || i > selected[n - 1]),
	);
	return ok ? { selected: [...(selected as number[])], sig } : undefined;
}

/** Stored quiz answers when their shape is exactly as documented above, otherwise `undefined`. */
export function validateQuizAnswers(data: unknown): QuizAnswers | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const chapters = Object.entries(data);
	if (chapters.length > MAX_ENTRIES) return undefined;
	const out: QuizAnswers = {};
	for (const [chapter, questions] of chapters) {
		if (!SLUG.test(chapter) || typeof questions !== 'object' || questions === null || Array.isArray(questions)) {
			return undefined;
		}
		const entries = Object.entries(questions);
		if (entries.length > MAX_ENTRIES) return undefined;
		const chapterAnswers: ChapterAnswers = {};
		for (const [id, answer] of entries) {
			const valid = SLUG.test(id) ? validateAnswer(answer) : undefined;
			if (!valid) return undefined;
			chapterAnswers[id] = valid;
		}
		out[chapter] = chapterAnswers;
	}
	return out;
}
