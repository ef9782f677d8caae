/**
 * The slide model: what a deck is made of, independent of Astro and the DOM. The build turns a
 * chapter into `SlideDraft`s (deck.ts), splits drafts that would not fit the 1280×720 canvas
 * into slides (paginate.ts) and the deck page renders the result.
 */

/** A piece of slide content. HTML strings are the site's own rendered MDX (trusted, well-formed). */
export type Block =
	/** A paragraph-like element, split between sentences if it must. `tag` is `p`, `h3` or `blockquote`. */
	| { kind: 'text'; tag: 'p' | 'h3' | 'blockquote'; html: string }
	/** A list, split between items; `start` keeps the numbering of a continued ordered list. */
	| { kind: 'list'; ordered: boolean; start: number; items: string[]; letters?: boolean }
	/** A table, split between rows; the header row repeats. `widths` in percent, summing to 100. */
	| { kind: 'table'; head: string[]; rows: string[][]; widths: number[] }
	/**
	 * Two lists side by side (matching questions): numbered on the left, lettered on the right,
	 * the left one `leftWidth` percent wide. Split between right items; the left list repeats and
	 * the letters continue from `rightStart`.
	 */
	| { kind: 'pairs'; left: string[]; right: string[]; rightStart: number; leftWidth: number };

export type SlideKind =
	'titel' | 'lernziele' | 'kernaussage' | 'abbildung' | 'aufgabe' | 'frage' | 'aufloesung' | 'abschluss';

/** A link on a slide; calculator links get the slide's own address as the way back. */
export interface SlideLink {
	label: string;
	href: string;
	/** Slug of a calculator under /rechner/: the link then carries `?folie=` for „zurück zur Folie“. */
	calculator?: string;
}

/** A slide before it is split to fit. */
export interface SlideDraft {
	kind: SlideKind;
	/** Small line above the heading, e.g. „Aufgabe 3.2 · Gruppenarbeit · 30 Minuten“. Plain text. */
	eyebrow: string;
	/** The heading. Plain text. */
	title: string;
	/** A large statement or question under the heading (plain text or inline HTML); first part only. */
	lead?: string;
	blocks: Block[];
	links?: SlideLink[];
	/** Source line (inline HTML, e.g. a link into the bibliography), shown on every part. */
	source?: string;
	/** Note after the source, e.g. the data year. Plain text. */
	note?: string;
	/** Speaker notes (HTML) for the speaker view: trainer notes, solutions, the answer to a question. */
	notes?: string;
	/** Minutes the timer starts with on this slide (a task's time). */
	minutes?: number;
}

/** A slide as rendered: one part of a draft, numbered. */
export interface Slide extends SlideDraft {
	/** 1-based position in the deck. */
	number: number;
	/** Part of a draft after the first: the heading carries „(Fortsetzung)“. */
	continued: boolean;
	/** Estimated content height over the available height (≤ 1 fits); the browser test measures. */
	fill: number;
}
