/**
 * A chapter's slide deck, built from its content: title, learning goals, one slide per key point
 * („Auf einen Blick“), one per figure marked `folie`, the exercises as task slides, the quiz as
 * „Frage an die Gruppe“ with the answer on the following slide, and a closing slide. Pure: the
 * deck page gathers the content (rendered HTML included) and renders what this returns.
 */
import type { Frage } from '../schemas/quiz';
import type { Slide, SlideDraft, SlideLink } from './types';
import { toBlocks } from './blocks';
import { paginate } from './paginate';
import { questionDrafts } from './quiz';
import { escapeHtml } from '../lib/escape-html';
import { folien as t } from '../i18n/de/folien';
import { lernen } from '../i18n/de/lernen';
import { fillTemplate } from '../lib/template';

/** A figure of the chapter marked for slides (`<Abbildung … folie>`). */
export interface DeckFigure {
	title: string;
	/** Rendered content of the figure: a table, a list, notes. */
	html: string;
	/** Source line as inline HTML („Quelle: <a …>Li/Bernoff 2008</a>.“), if the figure names one. */
	source?: string;
	/** The figure's `hinweis`. */
	note?: string;
}

/** An exercise of the chapter. */
export interface DeckExercise {
	number: number;
	title: string;
	/** Kind as the site names it, e.g. „Gruppenarbeit“. */
	kind: string;
	minutes: number;
	/** The task as rendered HTML, without solution and trainer note. */
	html: string;
	/** Trainer note and solution as HTML for the speaker view. */
	notes?: string;
	calculator?: { slug: string; title: string };
}

export interface DeckInput {
	slug: string;
	order: number;
	title: string;
	description: string;
	goals: readonly string[];
	keyPoints: readonly string[];
	figures: readonly DeckFigure[];
	exercises: readonly DeckExercise[];
	questions: readonly Frage[];
	/** Calculators the chapter uses, for the closing slide. */
	calculators: readonly { slug: string; title: string }[];
	/** Number of works the chapter cites. */
	sourceCount: number;
	/** The chapter's last content review as display text („5. Dezember 2026“), shown on the title slide. */
	reviewed: string;
}

/** Address of a calculator page opened from slide `number` of deck `slug`, with the way back. */
export function calculatorHref(calculator: string, deck: string, number: number): string {
	return `/rechner/${calculator}/?folie=${encodeURIComponent(`/folien/${deck}/#${number}`)}`;
}

/** The drafts of a deck in order, before splitting. */
export function deckDrafts(input: DeckInput): SlideDraft[] {
	const chapterLine = escapeHtml(fillTemplate(t.chapterRef, { order: input.order, title: input.title }));
	const drafts: SlideDraft[] = [
		{
			kind: 'titel',
			eyebrow: fillTemplate(t.chapterEyebrow, { order: input.order }),
			title: input.title,
			lead: escapeHtml(input.description),
			blocks: [],
			source: escapeHtml(t.siteLine),
			// Plain text after the source line: like every page, the deck says how current it is.
			note: fillTemplate(t.reviewed, { date: input.reviewed }),
		},
		{
			kind: 'lernziele',
			eyebrow: fillTemplate(t.chapterEyebrow, { order: input.order }),
			title: t.goals,
			blocks: [{ kind: 'list', ordered: false, start: 1, items: input.goals.map(escapeHtml) }],
			source: chapterLine,
		},
		...input.keyPoints.map((point, i): SlideDraft => ({
			kind: 'kernaussage',
			eyebrow: fillTemplate(t.keyPointOf, { n: i + 1, total: input.keyPoints.length }),
			title: t.keyPoints,
			lead: escapeHtml(point),
			blocks: [],
			source: chapterLine,
		})),
		...input.figures.map((figure): SlideDraft => ({
			kind: 'abbildung',
			eyebrow: t.figure,
			title: figure.title,
			blocks: toBlocks(figure.html),
			source: figure.source ?? escapeHtml(fillTemplate(t.figureOwnSource, { order: input.order })),
			...(figure.note ? { note: figure.note } : {}),
		})),
		...input.exercises.map((ex): SlideDraft => {
			const ref = fillTemplate(lernen.exercises.ref, { order: input.order, number: ex.number });
			const links: SlideLink[] = ex.calculator
				? [
						{
							label: fillTemplate(t.calculatorLive, { title: ex.calculator.title }),
							href: `/rechner/${ex.calculator.slug}/`,
							calculator: ex.calculator.slug,
						},
					]
				: [];
			return {
				kind: 'aufgabe',
				eyebrow: fillTemplate(t.taskEyebrow, {
					ref,
					kind: ex.kind,
					minutes: fillTemplate(t.taskMinutes, { min: ex.minutes }),
				}),
				title: ex.title,
				blocks: toBlocks(ex.html),
				links,
				source: chapterLine,
				minutes: ex.minutes,
				...(ex.notes ? { notes: ex.notes } : {}),
			};
		}),
		...input.questions.flatMap((q, i) => questionDrafts(q, i + 1, input.questions.length, chapterLine)),
		{
			kind: 'abschluss',
			eyebrow: t.closingEyebrow,
			title: t.closing,
			blocks: [],
			links: [
				{ label: fillTemplate(t.closingChapter, { title: input.title }), href: `/kapitel/${input.slug}/` },
				{ label: t.closingExercises, href: `/uebungen/?kapitel=${input.slug}` },
				...input.calculators.map((c) => ({
					label: fillTemplate(t.calculatorLive, { title: c.title }),
					href: `/rechner/${c.slug}/`,
					calculator: c.slug,
				})),
				{
					label: fillTemplate(t.closingSources, { count: input.sourceCount }),
					href: `/kapitel/${input.slug}/#quellen`,
				},
				{ label: t.closingGlossary, href: '/glossar/' },
			],
			source: escapeHtml(t.closingSource),
		},
	];
	return drafts;
}

/** The whole deck: drafts split to fit, numbered, calculator links pointing back to their slide. */
export function buildDeck(input: DeckInput): Slide[] {
	const parts = deckDrafts(input).flatMap((draft) => paginate(draft, t.continued));
	return parts.map((part, i): Slide => {
		const number = i + 1;
		const first = !part.continued;
		const { lead, links, ...rest } = part.draft;
		return {
			...rest,
			...(first && lead ? { lead } : {}),
			...(first && links?.length
				? {
						links: links.map((l) =>
							l.calculator ? { ...l, href: calculatorHref(l.calculator, input.slug, number) } : l,
						),
					}
				: {}),
			blocks: part.blocks,
			number,
			continued: part.continued,
			fill: part.fill,
		};
	});
}

/** Fail the build for slides whose content cannot fit, naming deck, slide and heading. */
export function assertFits(slug: string, slides: readonly Slide[]): void {
	const over = slides.filter((s) => s.fill > 1);
	if (over.length === 0) return;
	const list = over.map((s) => `Folie ${s.number} „${s.title}“ (${Math.round(s.fill * 100)} % der Höhe)`).join('; ');
	throw new Error(
		`Foliensatz „${slug}“: ${list} – der Inhalt passt auch geteilt nicht auf eine Folie. Kürzen Sie die Zeile, den Listenpunkt oder den Satz.`,
	);
}
