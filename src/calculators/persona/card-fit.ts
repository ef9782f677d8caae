/**
 * Whether the printed card fits one A4 page, and a shortened card that does. The print stylesheet
 * (persona.css) sets the card at 9 pt in two columns; the site's own limits (1.200 characters per
 * long field, 20 own sections) allow far more than one page. So the one-page card cuts long texts
 * evenly – each to the same number of characters, marked with „…“ and named in a note – and the
 * reader can print the full version on several pages instead.
 *
 * The measure is a line count in the card's columns: each text takes its characters divided by
 * what one column line holds, every label, heading and gap adds its share. The constants were
 * calibrated by printing personas of growing length to PDF with Debian's Chromium, whose system
 * font (DejaVu Sans) is among the widest; the largest card that printed on one page counted 143
 * lines, the smallest that did not 149. The end-to-end test prints a card at the limits.
 */
import type { PersonaStrings } from './strings';
import { describeOnlineWindows } from './online-windows';
import { LONG_FIELDS, type Persona } from './schema';

export interface PrintLayout {
	/** Characters of running text in one column line (9 pt, about 89 mm wide). */
	charsPerLine: number;
	/** Column lines a labelled entry adds to its text (label and gap). */
	entry: number;
	/** Column lines a section adds to its content (heading with rule, gap below). */
	section: number;
	/** Column lines one page holds in both columns together, with room to spare. */
	lines: number;
}

export const PRINT_CARD: PrintLayout = { charsPerLine: 38, entry: 1.2, section: 2.5, lines: 138 };
/** Shorter than this, a text is not cut (it would say nothing). */
const MIN_CHARS = 40;

/** Lines a text takes in one column; every line break starts a new line. */
export function textLines(text: string, perLine: number = PRINT_CARD.charsPerLine): number {
	return text
		.trim()
		.split('\n')
		.reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

const filled = (text: string): boolean => text.trim() !== '';

/** The labelled entries the card prints for a persona of this kind (see PersonaCard). */
function printedFields(p: Persona): string[] {
	const people =
		p.kind === 'b2c'
			? ['age', 'gender', 'income', 'education', 'occupation', 'place']
			: ['industry', 'companySize', 'revenue', 'jobTitle', 'reportsTo', 'successMeasure'];
	return [
		...people,
		'goals',
		'challenges',
		'habitus',
		'values',
		'interests',
		'infoSources',
		'trustedVoices',
		'mediaNote',
		'channels',
		'tone',
		'contentIdeas',
		'noGos',
	];
}

/** Column lines the printed card takes (see PRINT_CARD). */
export function cardLines(p: Persona, layout: PrintLayout = PRINT_CARD): number {
	const per = layout.charsPerLine;
	// Header and footer span both columns, so each of their lines costs two column lines.
	let lines = 2 * (1 + 2 + (filled(p.quote) ? textLines(p.quote, per * 2) : 0) + 1);
	if (p.origin === 'beispiel') lines += 2 * 3;
	const sections: number[] = [];
	const entries = (texts: string[]) =>
		texts.filter(filled).reduce((sum, text) => sum + layout.entry + textLines(text, per), 0);
	const record = p as unknown as Record<string, string>;
	const fields = printedFields(p).map((f) => record[f] ?? '');
	const people = fields.slice(0, 6);
	const rest = fields.slice(6);
	sections.push(entries(people) + (p.kind === 'b2b' && p.buyingRole ? layout.entry + 1 : 0));
	sections.push(entries(rest.slice(0, 2)), entries(rest.slice(2, 5)), entries(rest.slice(5, 7)));
	const rungs = Object.keys(p.technographics.shares).length;
	const platforms = p.platforms.length > 0 ? layout.entry + textLines(p.platforms.join(', '), per) : 0;
	sections.push(rungs * (layout.entry + 1) + platforms + entries(rest.slice(7, 8)));
	sections.push(entries(rest.slice(8)));
	if (p.scheduleSource === 'eigen') {
		const windows = Math.max(1, describeOnlineWindows(p.schedule).length) * 1.2;
		sections.push(windows + (filled(p.scheduleNote) ? textLines(p.scheduleNote, per) : 0));
	}
	for (const s of p.customSections) if (filled(s.title) || filled(s.text)) sections.push(textLines(s.text || ' ', per));
	return lines + sections.filter((n) => n > 0).reduce((sum, n) => sum + n + layout.section, 0);
}

/** Cut `text` to at most `max` characters at a word boundary, marked with „…“. */
export function shorten(text: string, max: number): string {
	const trimmed = text.trim();
	if (trimmed.length <= max) return trimmed;
	const cut = trimmed.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

export interface CardFit {
	/** The persona as the one-page card prints it (texts shortened where needed). */
	persona: Persona;
	/** Fields and own sections that were shortened, by their label. */
	shortened: string[];
	/** Whether the card fits one page (also after shortening). */
	fits: boolean;
}

/** Shorten every long text of `p` to `max` characters; returns the copy and what changed. */
function capped(p: Persona, max: number, t: PersonaStrings): { persona: Persona; shortened: string[] } {
	const out: Persona = { ...p };
	const shortened: string[] = [];
	for (const f of LONG_FIELDS) {
		if (p[f].trim().length <= max) continue;
		out[f] = shorten(p[f], max);
		shortened.push(t.fields[f].label);
	}
	out.customSections = p.customSections.map((s) => {
		if (s.text.trim().length <= max) return s;
		shortened.push(s.title.trim() || t.overview.customUntitled);
		return { ...s, text: shorten(s.text, max) };
	});
	return { persona: out, shortened };
}

/**
 * The one-page card: the persona unchanged when it fits, otherwise every long text cut to the
 * largest common length that fits. When even the shortest cut does not fit (many own sections),
 * `fits` is false and the overview warns before printing.
 */
export function fitCard(p: Persona, t: PersonaStrings): CardFit {
	if (cardLines(p) <= PRINT_CARD.lines) return { persona: p, shortened: [], fits: true };
	const longest = Math.max(...LONG_FIELDS.map((f) => p[f].length), ...p.customSections.map((s) => s.text.length));
	let low = MIN_CHARS;
	let high = longest;
	// The largest cut length that fits; lines only grow with it, so halving the range finds it.
	if (cardLines(capped(p, low, t).persona) > PRINT_CARD.lines) {
		return { ...capped(p, low, t), fits: false };
	}
	while (high - low > 1) {
		const mid = Math.floor((low + high) / 2);
		if (cardLines(capped(p, mid, t).persona) <= PRINT_CARD.lines) low = mid;
		else high = mid;
	}
	return { ...capped(p, low, t), fits: true };
}
