/**
 * How much room slide content takes on the 1280×720 canvas, estimated at build time so that the
 * build can split content across slides. The estimate wraps words line by line with character
 * widths of DejaVu Sans, the widest of the system fonts the site's font stack falls back to (and
 * what Debian's Chromium uses): content that fits with it fits with Segoe UI, San Francisco or
 * Roboto too. The browser test (tests/e2e/folien.spec.ts) measures every slide for real.
 *
 * All sizes are canvas pixels. `src/components/folien/folien.css` sets the same sizes in `em` of
 * the 28 px body text; change both together.
 */
import type { Block } from './types';
import { textRuns, type TextRun } from './html';

/** The canvas and the type sizes of a slide (px on the 1280×720 canvas). */
export const GEOMETRY = {
	width: 1280,
	height: 720,
	padTop: 36,
	padBottom: 20,
	padX: 56,
	/** Body text: 28 px, line height 1.4. */
	body: 28,
	bodyLine: 1.4,
	/** Space between blocks (0.6 em) and between list items (0.25 em). */
	blockGap: 16.8,
	itemGap: 7,
	/** Indent of list items (1.5 em). */
	indent: 42,
	/** Gap between the two lists of a matching question (1.2 em). */
	pairGap: 33.6,
	/** Eyebrow line: 22 px, bold, one line plus 8 px gap. */
	eyebrow: 22,
	eyebrowLine: 1.3,
	eyebrowGap: 8,
	/** Headings: 40 px, or 32 px for long ones, line height 1.15, 20 px gap below. */
	title: 40,
	titleLong: 32,
	titleLine: 1.15,
	titleGap: 20,
	/** Titles longer than this many characters use the smaller heading size. */
	longTitle: 70,
	/** Lead text (a statement or a question): 32 px, line height 1.35. */
	lead: 32,
	leadLine: 1.35,
	/** Tables: 28 px text, line height 1.3, cell padding 0.2 em / 0.3 em, 1 px rule. */
	tableLine: 1.3,
	cellPadY: 5.6,
	cellPadX: 8.4,
	/** Footer: 22 px, line height 1.3, 12 px gap above; the slide number takes 150 px at the right. */
	footer: 22,
	footerLine: 1.3,
	footerGap: 12,
	footerNumber: 150,
	/** Estimated widths are widened by this factor: rounding, kerning, browser differences. */
	safety: 1.04,
} as const;

// Advance widths of DejaVu Sans in em, measured in Chromium (regular, bold).
const REGULAR = widths(
	'0123456789:0.64 abdghnpqu:0.63 ceo:0.61 f:0.34 ijl:0.28 k:0.58 m:0.97 r:0.39 s:0.52 t:0.39 vxy:0.59 w:0.82 z:0.52 äöü:0.62 ß:0.63 ' +
		'A:0.71 B:0.69 C:0.7 DG:0.77 E:0.63 F:0.58 HNU:0.75 IJ:0.29 K:0.66 L:0.56 M:0.86 OQÖ:0.79 P:0.6 R:0.69 S:0.63 T:0.59 VXZ:0.69 W:0.99 Y:0.61 ÄÜ:0.73 ' +
		'.,·:0.32 ;::0.34 !:0.4 ?:0.53 -:0.36 –:0.5 —…@%:1 ()[]:0.39 /|:0.34 €:0.64 §:0.5 &:0.78 „“:0.52 ":0.46 \':0.27 +=<>#×÷±:0.84 *:0.5',
);
const BOLD = widths(
	'0123456789:0.7 abdgpqu:0.72 hn:0.71 c:0.59 e:0.68 o:0.69 f:0.41 ijl:0.34 k:0.67 m:1.04 r:0.49 s:0.6 t:0.48 vxy:0.65 w:0.92 z:0.58 äöü:0.71 ß:0.72 ' +
		'A:0.77 B:0.76 C:0.73 D:0.83 E:0.68 F:0.68 G:0.82 HN:0.84 IJ:0.37 K:0.77 L:0.64 M:1 OQÖ:0.85 P:0.73 R:0.77 S:0.68 T:0.7 VX:0.77 W:1.1 Y:0.72 Z:0.73 ÄÜ:0.81 ' +
		'.,·:0.38 ;::0.4 !:0.46 ?:0.58 -:0.42 –:0.5 —…@%:1 ()[]:0.46 /|:0.37 €:0.7 §:0.5 &:0.87 „“:0.66 ":0.52 \':0.31 +=<>#×÷±:0.84 *:0.52',
);
const SPACE = { regular: 0.32, bold: 0.35 };
/** Characters not in the tables (rare letters, symbols) count as wide. */
const OTHER = { regular: 0.8, bold: 0.9 };

function widths(spec: string): Map<string, number> {
	const map = new Map<string, number>();
	for (const entry of spec.split(' ')) {
		const at = entry.lastIndexOf(':');
		const value = Number(entry.slice(at + 1));
		for (const ch of entry.slice(0, at)) map.set(ch, value);
	}
	return map;
}

function charWidth(ch: string, bold: boolean): number {
	return (bold ? BOLD : REGULAR).get(ch) ?? (bold ? OTHER.bold : OTHER.regular);
}

/** A piece of text that wraps as a unit, with the space before it (0 after a hyphen or a break). */
interface Segment {
	width: number;
	space: number;
	hardBreak: boolean;
}

/** Break runs into segments: words, and word parts after a hyphen (where browsers may wrap). */
function segments(runs: readonly TextRun[], fontPx: number): Segment[] {
	const out: Segment[] = [];
	let width = 0;
	let space = 0;
	let open = false;
	const close = () => {
		if (open) out.push({ width: width * fontPx, space: space * fontPx, hardBreak: false });
		width = 0;
		space = 0;
		open = false;
	};
	let pendingSpace = 0;
	for (const run of runs) {
		if (run.text === '\n') {
			close();
			out.push({ width: 0, space: 0, hardBreak: true });
			pendingSpace = 0;
			continue;
		}
		for (const ch of run.text) {
			if (ch === ' ') {
				close();
				pendingSpace = run.bold ? SPACE.bold : SPACE.regular;
				continue;
			}
			if (!open) {
				open = true;
				space = pendingSpace;
				pendingSpace = 0;
			}
			width += ch === '\u00a0' ? SPACE.regular : charWidth(ch, run.bold);
			if (ch === '-' || ch === '/') close();
		}
	}
	close();
	return out;
}

/** Number of lines `runs` take in a box `boxPx` wide at `fontPx`, wrapping like a browser. */
export function countLines(runs: readonly TextRun[], boxPx: number, fontPx: number): number {
	let lines = 0;
	let x = 0;
	let started = false;
	for (const seg of segments(runs, fontPx)) {
		if (seg.hardBreak) {
			if (started) {
				lines += 1;
				x = 0;
				started = false;
			}
			continue;
		}
		const width = seg.width * GEOMETRY.safety;
		if (!started) {
			started = true;
			x = 0;
		}
		const space = x > 0 ? seg.space * GEOMETRY.safety : 0;
		if (x + space + width <= boxPx) {
			x += space + width;
		} else if (width <= boxPx) {
			lines += 1;
			x = width;
		} else {
			// A word wider than the box breaks anywhere (the slides set overflow-wrap: anywhere).
			if (x > 0) lines += 1;
			lines += Math.floor(width / boxPx);
			x = width % boxPx;
		}
	}
	return started ? lines + 1 : lines;
}

/** Lines of an HTML fragment. */
export function htmlLines(html: string, boxPx: number, fontPx: number, bold = false): number {
	return countLines(textRuns(html, bold), boxPx, fontPx);
}

/** The longest unbreakable piece of a fragment in px: a table column must not be narrower. */
export function longestWord(html: string, fontPx: number, bold = false): number {
	return Math.max(0, ...segments(textRuns(html, bold), fontPx).map((s) => s.width));
}

/** Width of a fragment on one line, in px. */
export function naturalWidth(html: string, fontPx: number, bold = false): number {
	return segments(textRuns(html, bold), fontPx).reduce((sum, s) => sum + s.width + s.space, 0);
}

const G = GEOMETRY;
const bodyLine = G.body * G.bodyLine;
const tableLine = G.body * G.tableLine;

/** Column widths in percent for a table `boxPx` wide: every column at least its longest word. */
export function columnWidths(head: readonly string[], rows: readonly (readonly string[])[], boxPx: number): number[] {
	const n = head.length;
	const cells = (c: number) => [
		{ html: head[c] ?? '', bold: true },
		...rows.map((r) => ({ html: r[c] ?? '', bold: false })),
	];
	const pad = 2 * G.cellPadX + 2;
	const min = Array.from(
		{ length: n },
		(_, c) => Math.max(...cells(c).map((x) => longestWord(x.html, G.body, x.bold))) * G.safety + pad,
	);
	const natural = Array.from(
		{ length: n },
		(_, c) => Math.max(...cells(c).map((x) => naturalWidth(x.html, G.body, x.bold))) * G.safety + pad,
	);
	const totalNatural = natural.reduce((a, b) => a + b, 0);
	let px: number[];
	if (totalNatural <= boxPx) {
		px = natural.map((w) => (w / totalNatural) * boxPx);
	} else {
		// Like a browser's auto layout: each column gets its minimum, the rest goes by natural width.
		const totalMin = min.reduce((a, b) => a + b, 0);
		const spare = Math.max(0, boxPx - totalMin);
		const extra = natural.map((w, c) => Math.max(0, w - (min[c] ?? 0)));
		const totalExtra = extra.reduce((a, b) => a + b, 0) || 1;
		px = min.map((m, c) => (totalMin > boxPx ? (m / totalMin) * boxPx : m + ((extra[c] ?? 0) / totalExtra) * spare));
	}
	const floor = min.map((m) => Math.min(100, Math.ceil((m / boxPx) * 100)));
	return roundPercents(
		px.map((w) => (w / boxPx) * 100),
		floor,
	);
}

/**
 * Whole percentages that sum to 100: each at least its `floor` where the floors leave room, the
 * rest by largest remainder; what is missing is taken from the widest columns.
 */
function roundPercents(values: readonly number[], floors: readonly number[]): number[] {
	const fits = floors.reduce((a, b) => a + b, 0) <= 100;
	const out = values.map((v, i) => Math.max(1, fits ? Math.max(floors[i] ?? 1, Math.floor(v)) : Math.floor(v)));
	let rest = 100 - out.reduce((a, b) => a + b, 0);
	const byRemainder = values.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r);
	for (let k = 0; rest > 0; k++, rest--) {
		const i = byRemainder[k % byRemainder.length]?.i ?? 0;
		out[i] = (out[i] ?? 0) + 1;
	}
	while (rest < 0) {
		// Take from the column with the most room above its floor.
		let best = 0;
		for (let i = 1; i < out.length; i++) {
			if ((out[i] ?? 0) - (fits ? (floors[i] ?? 1) : 1) > (out[best] ?? 0) - (fits ? (floors[best] ?? 1) : 1)) best = i;
		}
		out[best] = (out[best] ?? 0) - 1;
		rest++;
	}
	return out;
}

/**
 * Width of the left list of a matching question in percent: by the lengths of both sides,
 * between 25 and 60, in steps of 5 (pairs.css has a class for each).
 */
export function pairsLeftWidth(left: readonly string[], right: readonly string[]): number {
	const widest = (items: readonly string[]) => Math.max(0, ...items.map((i) => naturalWidth(i, G.body)));
	const l = widest(left) + G.indent;
	const r = widest(right) + G.indent;
	const share = (l / (l + r || 1)) * 100;
	return Math.min(60, Math.max(25, Math.round(share / 5) * 5));
}

/** Height of one table row with the given column widths (percent of `boxPx`). */
export function rowHeight(cells: readonly string[], widths: readonly number[], boxPx: number, bold = false): number {
	const lines = Math.max(
		1,
		...cells.map((html, c) => htmlLines(html, ((widths[c] ?? 0) / 100) * boxPx - 2 * G.cellPadX, G.body, bold)),
	);
	return lines * tableLine + 2 * G.cellPadY + 1;
}

/** Height of a list item's text in a list `boxPx` wide. */
export function itemHeight(html: string, boxPx: number): number {
	return Math.max(1, htmlLines(html, boxPx - G.indent, G.body)) * bodyLine;
}

/** Height of a block in a box `boxPx` wide, without the gap before it. */
export function blockHeight(block: Block, boxPx: number): number {
	switch (block.kind) {
		case 'text':
			return Math.max(1, htmlLines(block.html, boxPx, G.body, block.tag === 'h3')) * bodyLine;
		case 'list':
			return block.items.reduce((sum, item, i) => sum + itemHeight(item, boxPx) + (i > 0 ? G.itemGap : 0), 0);
		case 'table':
			return (
				(block.head.length > 0 ? rowHeight(block.head, block.widths, boxPx, true) : 0) +
				block.rows.reduce((sum, row) => sum + rowHeight(row, block.widths, boxPx), 0)
			);
		case 'pairs': {
			const inner = boxPx - G.pairGap;
			const list = (items: readonly string[], width: number) =>
				items.reduce((sum, item, i) => sum + itemHeight(item, width) + (i > 0 ? G.itemGap : 0), 0);
			return Math.max(
				list(block.left, (inner * block.leftWidth) / 100),
				list(block.right, (inner * (100 - block.leftWidth)) / 100),
			);
		}
	}
}

/** The width of the content box. */
export const CONTENT_WIDTH = G.width - 2 * G.padX;

/** Heading size for a title: long titles use the smaller size. */
export function titleSize(title: string): number {
	return title.length > G.longTitle ? G.titleLong : G.title;
}

/**
 * Height of the heading area: eyebrow and title. The size follows the draft's title; `suffix`
 * („(Fortsetzung)“) adds to its length, not to its size.
 */
export function headHeight(eyebrow: string, title: string, suffix = ''): number {
	const size = titleSize(title);
	if (suffix) title = `${title} ${suffix}`;
	const eyebrowH = eyebrow
		? htmlLines(escapeText(eyebrow), CONTENT_WIDTH, G.eyebrow, true) * G.eyebrow * G.eyebrowLine + G.eyebrowGap
		: 0;
	return eyebrowH + htmlLines(escapeText(title), CONTENT_WIDTH, size, true) * size * G.titleLine + G.titleGap;
}

/** Height of the footer: source and note beside the slide number. */
export function footerHeight(source: string | undefined, note: string | undefined): number {
	const text = [source ?? '', note ? escapeText(note) : ''].filter(Boolean).join(' ');
	const lines = Math.max(1, text ? htmlLines(text, CONTENT_WIDTH - G.footerNumber, G.footer) : 1);
	return G.footerGap + lines * G.footer * G.footerLine;
}

/** Height of a lead statement. */
export function leadHeight(lead: string | undefined): number {
	if (!lead) return 0;
	return htmlLines(lead, CONTENT_WIDTH, G.lead) * G.lead * G.leadLine + G.blockGap;
}

/** Height left for blocks on a slide with this heading and footer. */
export function bodyRoom(
	eyebrow: string,
	title: string,
	source: string | undefined,
	note: string | undefined,
	suffix = '',
): number {
	return G.height - G.padTop - G.padBottom - headHeight(eyebrow, title, suffix) - footerHeight(source, note);
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
