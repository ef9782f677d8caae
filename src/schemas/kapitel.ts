import { z } from 'astro/zod';
import { hasUniqueIds } from '../lib/schema';

/** An ISO date; YAML turns unquoted dates into Date objects, so both are accepted. */
const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** Ids of learning goals: short kebab-case words, unique within a chapter. */
export const goalIdSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'Lernziel-Id: Kleinbuchstaben, Ziffern, Bindestrich');

/** One learning goal. Exercises and quiz questions name the goals they test by `id`. */
export const lernzielSchema = z
	.object({
		/** Stable id, referenced from `goals` in exercises and quiz questions. */
		id: goalIdSchema,
		/** The goal in the form „Sie können …“ with a measurable verb. */
		text: z.string().min(10),
	})
	.strict();

/** Frontmatter of a chapter in `content/kapitel/*.mdx`. Reading time is computed, never typed. */
export const kapitelSchema = z
	.object({
		/** Chapter title as shown in the sidebar and the page heading. */
		title: z.string().min(3),
		/** One or two sentences for the chapter card, meta description and search results. */
		description: z.string().min(40).max(300),
		/** Position in the book, 1-based; also the prefix of exercise numbers (3.2). */
		order: z.number().int().min(1),
		/** Date the content was last reviewed for accuracy (ISO); shown on the page as „Stand“. */
		reviewed: isoDate,
		/** Learning goals shown at the top of the chapter. */
		goals: z.array(lernzielSchema).min(2).refine(hasUniqueIds, {
			message: 'Jede Lernziel-Id darf im Kapitel nur einmal vorkommen.',
		}),
		/** Key points („Auf einen Blick“) shown at the end of the chapter. */
		keyPoints: z.array(z.string().min(10)).min(3),
		/** Keywords for search and the glossary cross-reference. */
		keywords: z.array(z.string().min(2)).min(1),
		/** Ids of entries in `content/quellen/`; an unknown id fails the build. */
		sources: z.array(z.string()).min(1),
	})
	.strict();

export type KapitelData = z.infer<typeof kapitelSchema>;
export type Lernziel = z.infer<typeof lernzielSchema>;
