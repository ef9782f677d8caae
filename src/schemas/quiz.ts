import { z } from 'astro/zod';
import { hasUniqueIds } from '../lib/schema';
import { goalIdSchema } from './kapitel';

/**
 * What a question asks of the learner: recall a fact, apply it to a case or a calculation, or
 * analyse a figure or an argument. Chapter quizzes need at least three of the latter two.
 */
export const FRAGE_STUFEN = ['erinnern', 'anwenden', 'analysieren'] as const;

/** Fields every question kind shares. */
const base = {
	/** Stable id within the quiz; stored answers are keyed by it. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	/** The question (Markdown-free plain text; a short case may precede the actual question). */
	question: z.string().min(10),
	/** Shown after answering, right or wrong: why the right answer is right. */
	explanation: z.string().min(10),
	/** Cognitive level, see FRAGE_STUFEN. */
	level: z.enum(FRAGE_STUFEN).default('erinnern'),
	/** Ids of the chapter's learning goals this question tests. */
	goals: z.array(goalIdSchema).default([]),
};

const optionSchema = z.object({ text: z.string().min(1), correct: z.boolean() }).strict();

/** Single or multiple choice; single choice has exactly one correct option. */
const choiceSchema = z
	.object({ ...base, type: z.enum(['single', 'multiple']), options: z.array(optionSchema).min(2).max(6) })
	.strict()
	.refine((f) => f.options.some((o) => o.correct), {
		message: 'Mindestens eine Antwort muss richtig sein.',
		path: ['options'],
	})
	.refine((f) => f.type !== 'single' || f.options.filter((o) => o.correct).length === 1, {
		message: 'Eine Single-Choice-Frage braucht genau eine richtige Antwort.',
		path: ['options'],
	});

/** A number to compute; answers within `tolerance` (absolute) of `answer` count as right. */
const numericSchema = z
	.object({
		...base,
		type: z.literal('numeric'),
		answer: z.number(),
		tolerance: z.number().min(0),
		/** Unit shown after the input, e.g. „%“, „€“, „Stunden“. */
		unit: z.string().min(1).max(20).optional(),
	})
	.strict();

/** Put items into the right order; `items` lists them in the correct order. */
const orderingSchema = z
	.object({ ...base, type: z.literal('ordering'), items: z.array(z.string().min(1)).min(3).max(8) })
	.strict()
	.refine((f) => new Set(f.items).size === f.items.length, {
		message: 'Die Elemente einer Reihenfolge-Frage müssen verschieden sein.',
		path: ['items'],
	});

/** Match each left item to its right partner; `pairs` lists the correct pairs. */
const matchingSchema = z
	.object({
		...base,
		type: z.literal('matching'),
		pairs: z
			.array(z.object({ left: z.string().min(1), right: z.string().min(1) }).strict())
			.min(3)
			.max(8),
	})
	.strict()
	.refine((f) => new Set(f.pairs.map((p) => p.right)).size === f.pairs.length, {
		message: 'Jede rechte Seite einer Zuordnungsfrage darf nur einmal vorkommen.',
		path: ['pairs'],
	});

/** One quiz question of any kind; `type` decides the shape. */
export const frageSchema = z.union([choiceSchema, numericSchema, orderingSchema, matchingSchema]);

/** The quiz of one chapter in `content/quiz/<kapitel>.yaml`. */
export const quizSchema = z
	.object({
		chapter: z.string(),
		/** Show the questions in a per-learner shuffled order (options are always shuffled). */
		shuffleQuestions: z.boolean().default(true),
		questions: z.array(frageSchema).min(6).refine(hasUniqueIds, {
			message: 'Jede Fragen-Id darf im Quiz nur einmal vorkommen.',
		}),
	})
	.strict();

export type Frage = z.infer<typeof frageSchema>;
export type QuizData = z.infer<typeof quizSchema>;
