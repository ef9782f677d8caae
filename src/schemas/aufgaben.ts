import { z } from 'astro/zod';
import { goalIdSchema } from './kapitel';

/** The four kinds of exercise; a chapter should mix them. */
export const AUFGABEN_ARTEN = ['recherche', 'reflexion', 'rechnen', 'gruppe'] as const;

/** One criterion of a point-based rubric, shown to trainers. */
export const bewertungskriteriumSchema = z
	.object({
		/** What is assessed, e.g. „Jede Punktvergabe ist mit einem Beleg versehen“. */
		criterion: z.string().min(10),
		/** Maximum points for this criterion. */
		points: z.number().int().min(1).max(20),
	})
	.strict();

/** Frontmatter of an exercise in `content/aufgaben/<kapitel>/<n>.mdx`. */
export const aufgabeSchema = z
	.object({
		/** Slug of the chapter the exercise belongs to (file name without `.mdx`). */
		chapter: z.string(),
		/** Number within the chapter, 1-based; shown as „<Kapitel>.<Nummer>“. */
		number: z.number().int().min(1),
		title: z.string().min(3),
		kind: z.enum(AUFGABEN_ARTEN),
		/** Rough time in minutes, used by the seminar plans and the chapter workload. */
		minutes: z.number().int().min(5).max(240),
		/** Slug of a calculator under /rechner/ the exercise uses, if any. */
		calculator: z.string().optional(),
		/** Ids of the chapter's learning goals (`goals[].id` in the chapter) this exercise practises. */
		goals: z.array(goalIdSchema).default([]),
		/** Point-based rubric for trainers; the total is computed. */
		rubric: z.array(bewertungskriteriumSchema).default([]),
	})
	.strict();

export type AufgabeData = z.infer<typeof aufgabeSchema>;
export type Bewertungskriterium = z.infer<typeof bewertungskriteriumSchema>;
