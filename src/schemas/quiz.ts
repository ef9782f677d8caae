import { z } from 'astro/zod';

const optionSchema = z.object({ text: z.string().min(1), correct: z.boolean() }).strict();

/** One quiz question; single choice has exactly one correct option. */
export const frageSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/),
		type: z.enum(['single', 'multiple']),
		question: z.string().min(10),
		options: z.array(optionSchema).min(2).max(6),
		/** Shown after answering, right or wrong. */
		explanation: z.string().min(10),
	})
	.strict()
	.refine((f) => f.options.some((o) => o.correct), {
		message: 'Mindestens eine Antwort muss richtig sein.',
		path: ['options'],
	})
	.refine((f) => f.type !== 'single' || f.options.filter((o) => o.correct).length === 1, {
		message: 'Eine Single-Choice-Frage braucht genau eine richtige Antwort.',
		path: ['options'],
	});

/** The quiz of one chapter in `content/quiz/<kapitel>.yaml`. */
export const quizSchema = z
	.object({
		chapter: z.string(),
		questions: z.array(frageSchema).min(6),
	})
	.strict();

export type Frage = z.infer<typeof frageSchema>;
export type QuizData = z.infer<typeof quizSchema>;
