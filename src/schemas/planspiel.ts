import { z } from 'astro/zod';
import { YEARS } from '../calculators/echtzeit-budget/budget';
import { checkGraph } from '../planspiel/graph';
import { checkReferences } from '../planspiel/references';

/**
 * A crisis simulation („Planspiel“) in `content/planspiel/<id>.yaml`: rounds along a timeline,
 * 3–4 decisions per round that branch and move four indicators, endings with a debrief. The
 * scenario is content: a trainer writes one in YAML (README, „Ein Planspiel schreiben“) and the
 * build fails with file, field and reason when the graph or a reference is broken.
 */

const idSchema = z.string().regex(/^[a-z0-9-]{2,40}$/, 'Id: 2–40 Kleinbuchstaben, Ziffern oder Bindestriche');

/** Name of an entry in `figures`, in camelCase, e.g. `bestellungen`. */
export const figureNameSchema = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]{1,39}$/, 'Name einer Zahl: beginnt mit Kleinbuchstaben, dann Buchstaben oder Ziffern');

/** Ids of entries in `content/quellen/`; unknown ids fail the build (src/planspiel/load.ts). */
const sourceId = z.string().regex(/^[a-z0-9-]+$/, 'Quellen-Id: Kleinbuchstaben, Ziffern, Bindestriche');
const sourceIds = z.array(sourceId).default([]);
const requiredSourceIds = z.array(sourceId).min(1, 'Mindestens eine Quelle.');

/** Running text; a blank line starts a new paragraph, `{name}` inserts a figure. */
const text = (min = 10) => z.string().trim().min(min);

/** A number the model computes with: a documented fact (with source) or an assumption (with reason). */
const figureSchema = z
	.object({
		/** What the number is, e.g. „Bestellungen mit nicht autorisierten Codes“. */
		label: z.string().min(3).max(120),
		value: z.number().finite().min(0),
		/** Unit shown after the number: „€“, „%“, „Min.“ or a word; none for counts. */
		unit: z.string().min(1).max(20).optional(),
		/** `fakt`: documented, needs `sources`. `annahme`: set for the exercise, needs `note`. */
		kind: z.enum(['fakt', 'annahme']),
		/** Why this value – for an assumption, what is known and why the exercise uses it. */
		note: z.string().min(10).optional(),
		sources: sourceIds,
	})
	.strict()
	.refine((f) => f.kind !== 'fakt' || f.sources.length > 0, {
		message: 'Ein Fakt braucht eine Quelle.',
		path: ['sources'],
	})
	.refine((f) => f.kind !== 'annahme' || f.note !== undefined, {
		message: 'Eine Annahme braucht eine Begründung („note“).',
		path: ['note'],
	});

const figureRef = figureNameSchema;

/** A goodwill voucher, costed with the Kulanz-Rechner's model (src/calculators/kulanz/kulanz.ts). */
const voucherCostSchema = z
	.object({
		kind: z.literal('gutschein'),
		/** What is paid for, e.g. „Gutschein über 10 € für jede stornierte Bestellung“. */
		label: z.string().min(5),
		/** How many receive it (N). */
		recipients: figureRef,
		/** Share of N in per cent that receives it, e.g. only regular customers. */
		share: figureRef.optional(),
		/** Voucher value in euros (V): the decision itself, or a figure. */
		voucher: z.union([figureRef, z.number().positive()]),
		/** Redemption rate in per cent (r). */
		redemption: figureRef,
		/** Order value when redeemed (O) and gross margin in per cent (m); both or neither. */
		orderValue: figureRef.optional(),
		margin: figureRef.optional(),
	})
	.strict()
	.refine((c) => (c.orderValue === undefined) === (c.margin === undefined), {
		message: 'Bestellwert und Marge gehören zusammen: beide angeben oder keins.',
		path: ['margin'],
	});

/** Orders delivered at the wrong price: a voucher of the discount that every order redeems. */
const honourCostSchema = z
	.object({
		kind: z.literal('ausliefern'),
		label: z.string().min(5),
		/** Orders delivered (N). */
		orders: figureRef,
		/** Share of N in per cent that is delivered. */
		share: figureRef.optional(),
		/** Discount per order in euros (V). */
		discount: figureRef,
		/** Value of the goods per order at the regular price (O). */
		goodsValue: figureRef,
		/** Gross margin in per cent (m). */
		margin: figureRef,
	})
	.strict();

export const costSchema = z.discriminatedUnion('kind', [voucherCostSchema, honourCostSchema]);

/** What a decision changes. Indicator points are the author's judgement, so `reason` is required. */
const effectsSchema = z
	.object({
		/** Change of the public mood, in points on −100 … +100. */
		sentiment: z.number().int().min(-100).max(100).default(0),
		/** Change of the legal risk, in points on 0 … 100. */
		legalRisk: z.number().int().min(-100).max(100).default(0),
		/** Change of crisis messages per day the team must answer. */
		messages: z.number().int().min(-1_000_000).max(1_000_000).default(0),
		/** From now on, use one figure's value for another, e.g. fewer orders after an early stop. */
		set: z.record(figureRef, figureRef).default({}),
		/** Costs this decision causes. */
		costs: z.array(costSchema).default([]),
		/** Why the indicators move like this; shown under „Wie wird das berechnet?“. */
		reason: text(),
	})
	.strict();

const choiceSchema = z
	.object({
		id: idSchema,
		/** The decision as offered, e.g. „Alle betroffenen Bestellungen stornieren“. */
		label: z.string().min(3).max(200),
		/** What happens next, shown right after the decision. */
		consequence: text(),
		/** Sources of documented facts in `consequence`. */
		sources: sourceIds,
		effects: effectsSchema,
		/** Id of the next round or of an ending. */
		next: idSchema,
		/** True when this is what the real actors did (see the round's `actual`). */
		historical: z.boolean().default(false),
	})
	.strict();

/** A post, forum thread, internal message or figure the team sees in a round. */
const materialSchema = z
	.object({
		kind: z.enum(['forum', 'social', 'intern', 'presse', 'mail', 'zahlen']),
		/** Where it appears, e.g. „Schnäppchenforum, Thread“ or „Interne Nachricht, IT-Bereitschaft“. */
		from: z.string().min(2).max(120),
		text: text(5),
		/** `beleg`: documented (quote or figure, with sources). `rekonstruiert`: written for the exercise. */
		status: z.enum(['beleg', 'rekonstruiert']),
		/** For `beleg` the evidence; for `rekonstruiert` the sources of the facts it is built on. */
		sources: sourceIds,
	})
	.strict()
	.refine((m) => m.status !== 'beleg' || m.sources.length > 0, {
		message: 'Ein Beleg braucht eine Quelle.',
		path: ['sources'],
	});

const roundSchema = z
	.object({
		id: idSchema,
		/** When, as precise as the sources allow, e.g. „Sonntag, 25. November 2012, später Abend“. */
		time: z.string().min(3).max(80),
		/** Label on the chart's time axis, e.g. „So. abends“. */
		short: z.string().min(2).max(14),
		title: z.string().min(3).max(100),
		/** The situation as the team sees it then. */
		situation: text(20),
		materials: z.array(materialSchema).default([]),
		/** Facilitation note for trainers (shown in trainer mode). */
		facilitation: text(),
		/** Countdown in seconds when time pressure is on; needs `onTimeout`. */
		seconds: z.number().int().min(20).max(900).optional(),
		/** Id of the choice that happens when the countdown runs out. */
		onTimeout: idSchema.optional(),
		/** What really happened at this point, with sources; compared in the debrief. */
		actual: z.object({ text: text(), sources: requiredSourceIds }).strict(),
		choices: z
			.array(choiceSchema)
			.min(3, 'Eine Runde bietet 3 bis 4 Entscheidungen.')
			.max(4, 'Eine Runde bietet 3 bis 4 Entscheidungen.'),
	})
	.strict()
	.refine((r) => (r.seconds === undefined) === (r.onTimeout === undefined), {
		message: 'Countdown („seconds“) und „onTimeout“ gehören zusammen.',
		path: ['onTimeout'],
	})
	.refine((r) => r.choices.filter((c) => c.historical).length <= 1, {
		message: 'Höchstens eine Entscheidung je Runde ist „historical“.',
		path: ['choices'],
	});

/** A position from the chapter, e.g. the blog post's or a critic's. */
const positionSchema = z
	.object({
		id: idSchema,
		/** Who holds it, e.g. „etailment-Kommentar (2012)“. */
		who: z.string().min(3).max(80),
		/** The position in one or two sentences. */
		stance: text(),
		sources: requiredSourceIds,
	})
	.strict();

const endingSchema = z
	.object({
		id: idSchema,
		title: z.string().min(3).max(100),
		/** How the path ends in the exercise's model. */
		outcome: text(),
		/** The debrief: what this path weighs up, with no single right answer. */
		debrief: text(40),
		/** Sources of documented facts in `outcome` (e.g. a court ruling on the real path). */
		sources: sourceIds,
		/** How positions of the chapter would judge this path; at least two. */
		views: z.array(z.object({ position: idSchema, text: text() }).strict()).min(2),
	})
	.strict();

export const planspielSchema = z
	.object({
		title: z.string().min(3).max(100),
		/** One or two sentences for cards and the meta description. */
		description: z.string().min(40).max(300),
		/** Prefix of group codes, 2–6 capital letters, unique across scenarios, e.g. „OTTO“. */
		code: z.string().regex(/^[A-Z]{2,6}$/, 'Kürzel: 2–6 Großbuchstaben'),
		/** Raise it whenever rounds or choices change: older group codes are then refused, not misread. */
		version: z.number().int().min(1).max(999),
		/** Position on /planspiel/; lower comes first. */
		order: z.number().int(),
		/** Slug of the chapter the case comes from. */
		chapter: z.string().min(2),
		/** Date the facts were last checked (ISO), shown as „Stand“. */
		reviewed: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
		/** Who the players are, e.g. „Sie sind das Social-Media-Team von otto.de.“ */
		role: text(),
		/** What happened before round 1. */
		intro: text(20),
		/** Id of the first round. */
		start: idSchema,
		/** Indicator values before the first decision. */
		initial: z
			.object({
				sentiment: z.number().int().min(-100).max(100),
				legalRisk: z.number().int().min(0).max(100),
				messages: z.number().int().min(0),
			})
			.strict(),
		/** Team workload with the real-time staffing model of chapter 3 (Echtzeit-Budget). */
		staffing: z.object({ year: z.union(YEARS.map((y) => z.literal(y))), minutesPerMessage: figureRef }).strict(),
		/** Every number the model uses, by name. */
		figures: z.record(figureRef, figureSchema),
		rounds: z.array(roundSchema).min(2),
		endings: z.array(endingSchema).min(1),
		positions: z.array(positionSchema).min(2),
		/** Exactly three questions for the reflection after the debrief. */
		reflection: z.array(text()).length(3, 'Genau drei Reflexionsfragen.'),
	})
	.strict()
	.superRefine((s, ctx) => {
		for (const p of [...checkGraph(s), ...checkReferences(s)])
			ctx.addIssue({ code: 'custom', message: p.message, path: p.path });
	});

export type PlanspielData = z.infer<typeof planspielSchema>;
export type Round = PlanspielData['rounds'][number];
export type Choice = Round['choices'][number];
export type Ending = PlanspielData['endings'][number];
export type Material = Round['materials'][number];
export type Figure = PlanspielData['figures'][string];
export type CostItem = z.infer<typeof costSchema>;
export type Effects = Choice['effects'];
