import { z } from 'astro/zod';

/** The four kinds of exercise; a chapter should mix them. */
export const AUFGABEN_ARTEN = ['recherche', 'reflexion', 'rechnen', 'gruppe'] as const;

/** Frontmatter of an exercise in `content/aufgaben/<kapitel>/<n>.mdx`. */
export const aufgabeSchema = z
	.object({
		/** Slug of the chapter the exercise belongs to (file name without `.mdx`). */
		chapter: z.string(),
		/** Number within the chapter, 1-based; shown as „<Kapitel>.<Nummer>“. */
		number: z.number().int().min(1),
		title: z.string().min(3),
		kind: z.enum(AUFGABEN_ARTEN),
		/** Rough time in minutes, used by the seminar plans. */
		minutes: z.number().int().min(5).max(240),
		/** Slug of a calculator under /rechner/ the exercise uses, if any. */
		calculator: z.string().optional(),
	})
	.strict();

export type AufgabeData = z.infer<typeof aufgabeSchema>;
