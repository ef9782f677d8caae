import { z } from 'astro/zod';

/** An ISO date; YAML turns unquoted dates into Date objects, so both are accepted. */
const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** A bibliography entry in `content/quellen/<id>.yaml`; pages cite it by its file name. */
export const quellenSchema = z
	.object({
		/** Authors or the issuing organisation, e.g. ["Li, Charlene", "Bernoff, Josh"]. */
		authors: z.array(z.string().min(2)).min(1),
		title: z.string().min(2),
		/** Kind of work; decides how the entry is formatted. */
		type: z.enum(['buch', 'artikel', 'studie', 'bericht', 'web', 'pressemitteilung']),
		/** Journal, book or website the work appeared in. */
		container: z.string().optional(),
		publisher: z.string().optional(),
		place: z.string().optional(),
		/** Year of publication; data years are stated where the data are used. */
		year: z.number().int().min(1900).max(2100),
		/** Optional exact date of publication (ISO), e.g. 2012-11-16. */
		date: isoDate.optional(),
		pages: z.string().optional(),
		isbn: z.string().regex(/^[0-9Xx-]{10,17}$/, 'ISBN mit Ziffern und Bindestrichen').optional(),
		url: z.url().optional(),
		/** Date the URL was read (ISO); required when there is a URL. */
		accessed: isoDate.optional(),
		/** One sentence on what the source is used for or how reliable it is. */
		note: z.string().optional(),
	})
	// No `accessed` requirement: retrievals from stored copies are not real access dates.
	.strict();

export type QuelleData = z.infer<typeof quellenSchema>;
