import { z } from 'astro/zod';

/** Frontmatter of a chapter in `content/kapitel/*.mdx`. Reading time is computed, never typed. */
export const kapitelSchema = z
	.object({
		/** Chapter title as shown in the sidebar and the page heading. */
		title: z.string().min(3),
		/** One or two sentences for the chapter card, meta description and search results. */
		description: z.string().min(40).max(300),
		/** Position in the book, 1-based; also the prefix of exercise numbers (3.2). */
		order: z.number().int().min(1),
		/** Learning goals shown at the top of the chapter. */
		goals: z.array(z.string().min(10)).min(2),
		/** Key points („Auf einen Blick“) shown at the end of the chapter. */
		keyPoints: z.array(z.string().min(10)).min(3),
		/** Keywords for search and the glossary cross-reference. */
		keywords: z.array(z.string().min(2)).min(1),
		/** Ids of entries in `content/quellen/`; an unknown id fails the build. */
		sources: z.array(z.string()).min(1),
	})
	.strict();

export type KapitelData = z.infer<typeof kapitelSchema>;
