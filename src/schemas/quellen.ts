import { z } from 'astro/zod';

/** An ISO date; YAML turns unquoted dates into Date objects, so both are accepted. */
const isoDate = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/**
 * A bibliography entry in `content/quellen/<id>.yaml`; pages cite it by its file name.
 * Only data someone actually saw goes in (content/README.md, „Zitierweise“): a missing detail is
 * left out, and the note says what could not be found.
 */
export const quellenSchema = z
	.object({
		/**
		 * Persons („Li, Charlene“) or, where no person is named, the issuing organisation or website
		 * („Bitkom e. V.“, „onlinepc.ch“). Empty only when not even the site is known; then
		 * `shortTitle` stands in the short citation instead.
		 */
		authors: z.array(z.string().min(2)).default([]),
		/** Short citation label for works without any author, e.g. „Marketing-Handy“. */
		shortTitle: z.string().min(2).optional(),
		/** The real title as published – or, with `descriptiveTitle`, a description of the work. */
		title: z.string().min(2),
		/** True when no title could be seen: `title` then describes the work and shows in [brackets]. */
		descriptiveTitle: z.boolean().default(false),
		/** Kind of work; `kapitel` is a contribution to an edited volume. */
		type: z.enum(['buch', 'kapitel', 'artikel', 'studie', 'bericht', 'web', 'pressemitteilung']),
		/** Editors of the edited volume a chapter appeared in. */
		editors: z.array(z.string().min(2)).optional(),
		/** Journal (with volume/issue), edited volume or website the work appeared in. */
		container: z.string().optional(),
		/** Book series, e.g. „Media Business and Innovation“. */
		series: z.string().optional(),
		publisher: z.string().optional(),
		place: z.string().optional(),
		/** Year of publication; left out when it could not be found (shown as „o. J.“). */
		year: z.number().int().min(1900).max(2100).optional(),
		/** Exact date of publication (ISO), e.g. 2012-11-16. */
		date: isoDate.optional(),
		/** Page range within the container, e.g. „215–229“ (no „S.“; the style adds it). */
		pages: z
			.string()
			.regex(/^\d+(–\d+)?$/, 'Seitenangabe als Zahl oder Bereich mit Halbgeviertstrich, z. B. 215–229')
			.optional(),
		isbn: z
			.string()
			.regex(/^[0-9Xx-]{10,17}$/, 'ISBN mit Ziffern und Bindestrichen')
			.optional(),
		doi: z
			.string()
			.regex(/^10\.\d{4,9}\/\S+$/, 'DOI ohne Präfix, z. B. 10.1007/978-3-642-28897-5_26')
			.optional(),
		/** Address of the original publication, only if someone saw the work there. */
		url: z.url().optional(),
		/** Address of an archived copy (e.g. web.archive.org) that someone actually opened. */
		archive: z.url().optional(),
		/**
		 * Date of a real visit to `url` (ISO). Never filled in from memory or for stored copies;
		 * most entries have none.
		 */
		accessed: isoDate.optional(),
		/** What the source is used for, how reliable it is, and what could not be found. */
		note: z.string().optional(),
	})
	.strict()
	.refine((q) => q.authors.length > 0 || q.shortTitle !== undefined, {
		message: 'Ohne „authors“ braucht die Quelle einen „shortTitle“ für den Kurzbeleg.',
		path: ['shortTitle'],
	})
	.refine((q) => !q.accessed || q.url, {
		message: 'Ein Abrufdatum („accessed“) gibt es nur zu einer URL.',
		path: ['accessed'],
	})
	.refine((q) => !q.date || q.year === undefined || q.date.startsWith(`${q.year}-`), {
		message: '„date“ und „year“ widersprechen sich.',
		path: ['date'],
	})
	.refine((q) => !q.editors || q.container, {
		message: 'Herausgeber („editors“) gehören zu einem Sammelwerk („container“).',
		path: ['editors'],
	});

export type QuelleData = z.infer<typeof quellenSchema>;
