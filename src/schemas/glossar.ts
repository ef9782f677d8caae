import { z } from 'astro/zod';

/** A glossary term in `content/glossar/<id>.yaml`. */
export const glossarSchema = z
	.object({
		/** The term as it is written in running text, e.g. „Organische Reichweite“. */
		term: z.string().min(2),
		/** A short, self-contained definition (plain text, shown in tooltips). */
		definition: z.string().min(20).max(600),
		/** Other spellings or words that mean the same; they are indexed for search too. */
		synonyms: z.array(z.string()).default([]),
		/** Slugs of chapters that treat the term. */
		chapters: z.array(z.string()).default([]),
	})
	.strict();

export type GlossarData = z.infer<typeof glossarSchema>;
