import { z } from 'astro/zod';
import { RUNGS, type Rung } from '../lib/technographics-rungs';
import { FREQUENCIES, GENDERS } from '../calculators/plattformen/kategorien';

/**
 * Data sets of the calculators in `content/daten/<art>/<id>.yaml`. Two kinds share the
 * collection and are told apart by `kind`. Every value is a published figure with its source;
 * a value that was not published is `null` and is never estimated.
 */

/** A published share in percent, or `null` when the source does not give it. */
const share = z.number().min(0).max(100).nullable();

/** Id of an entry in `content/quellen/`; the pages fail the build when it does not exist. */
const sourceId = z.string().regex(/^[a-z0-9-]+$/, 'Quellen-Id in Kleinbuchstaben, Ziffern und Bindestrichen');

export const technographicsDatensatzSchema = z
	.object({
		kind: z.literal('technographics'),
		/** Short title for menus, e.g. „USA 2009 (2. Quartal)“. */
		title: z.string().min(3),
		/** Country or region as German readers name it, e.g. „USA“, „Deutschland“, „Europa“. */
		region: z.string().min(2),
		/** Who was surveyed, e.g. „Erwachsene Internetnutzende, USA“. */
		population: z.string().min(3),
		/** Year the survey was fielded. */
		dataYear: z.number().int().min(2000).max(2100),
		/** Finer survey period when published, e.g. „2. Quartal 2009“. */
		dataPeriod: z.string().optional(),
		/** Year the figures were published. */
		published: z.number().int().min(2000).max(2100),
		/** Bibliography entry the figures are cited from. */
		source: sourceId,
		/** One value per rung in percent; `null` where not published. Rungs overlap. */
		values: z.object(Object.fromEntries(RUNGS.map((r) => [r, share])) as Record<Rung, typeof share>).strict(),
		/** Per-rung remarks on a single value (a second reading, a weaker source). */
		valueNotes: z.partialRecord(z.enum(RUNGS), z.string().min(5)).default({}),
		/** What the reader must know about the data set (method, comparability). */
		notes: z.string().min(10),
		/** Sort position in menus; lower comes first. */
		order: z.number().int(),
	})
	.strict()
	.refine((d) => RUNGS.some((r) => d.values[r] !== null), {
		message: 'Ein Datensatz braucht mindestens einen veröffentlichten Wert.',
		path: ['values'],
	});

const platformGroupSchema = z
	.object({
		/** Youngest age in the group; `null` with `maxAge: null` means the whole population. */
		minAge: z.number().int().min(0).max(120).nullable(),
		/** Oldest age in the group; `null` means open-ended („70+“). */
		maxAge: z.number().int().min(0).max(120).nullable(),
		gender: z.enum(GENDERS).default('alle'),
		/** Share of the group using social media at all with the data set's frequency. */
		overall: share.default(null),
		/** Share per platform; every platform of the data set is listed, `null` if not published. */
		values: z.record(z.string(), share),
		/** Remarks such as „ARD-Text: über 80 %“ where only a bound was published. */
		notes: z.string().optional(),
	})
	.strict()
	.refine((g) => g.minAge === null || g.maxAge === null || g.minAge <= g.maxAge, {
		message: 'minAge darf nicht größer als maxAge sein.',
	});

export const plattformDatensatzSchema = z
	.object({
		kind: z.literal('plattformen'),
		/** Name of the study series, e.g. „ARD/ZDF-Medienstudie“. */
		study: z.string().min(3),
		/** Title shown on result cards, e.g. „ARD/ZDF-Medienstudie 2025“. */
		title: z.string().min(3),
		/** ISO 3166 code for filtering. */
		countryCode: z.string().regex(/^[A-Z]{2}$/),
		/** Country in German, e.g. „Deutschland“. */
		country: z.string().min(2),
		/** Who was surveyed, e.g. „Deutschsprachige Bevölkerung ab 14 Jahren“. */
		population: z.string().min(3),
		frequency: z.enum(FREQUENCIES),
		/** Year of fieldwork. */
		dataYear: z.number().int().min(2000).max(2100),
		published: z.number().int().min(2000).max(2100),
		/** Respondents, `null` when not published. */
		sampleSize: z.number().int().positive().nullable(),
		source: sourceId,
		/** The platforms the data set reports on, in the study's spelling. */
		platforms: z.array(z.string().min(1)),
		groups: z.array(platformGroupSchema).min(1),
		notes: z.string().min(10),
	})
	.strict()
	.refine(
		(d) =>
			d.groups.every(
				(g) => d.platforms.every((p) => p in g.values) && Object.keys(g.values).every((p) => d.platforms.includes(p)),
			),
		{
			message: 'Jede Gruppe listet genau die Plattformen aus „platforms“ (fehlender Wert: null).',
			path: ['groups'],
		},
	);

export const datenSchema = z.discriminatedUnion('kind', [technographicsDatensatzSchema, plattformDatensatzSchema]);

export type TechnographicsDatensatz = z.infer<typeof technographicsDatensatzSchema>;
export type PlattformDatensatz = z.infer<typeof plattformDatensatzSchema>;
export type PlattformGruppe = PlattformDatensatz['groups'][number];
export type DatenData = z.infer<typeof datenSchema>;
