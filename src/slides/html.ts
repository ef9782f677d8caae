/**
 * Reading the site's own rendered MDX for slides: top-level elements of a fragment, elements cut
 * out by name, the text of a fragment with its bold parts, and sentence boundaries. The HTML is
 * the build's own well-formed output, so the search build's tag scanner is enough.
 */
import { VOID, attribute, decodeEntities, tags } from '../lib/search/html';

/** An element of a fragment: its name, attribute text, and inner and outer HTML. */
export interface HtmlElement {
	name: string;
	attrs: string;
	inner: string;
	outer: string;
}

/**
 * The elements directly inside `html` (depth 0), in order. Text outside any element that is not
 * just whitespace comes back as a `p`, so that nothing an author wrote gets lost.
 */
export function topLevel(html: string): HtmlElement[] {
	const out: HtmlElement[] = [];
	const stack: { name: string; attrs: string; start: number; innerStart: number }[] = [];
	let last = 0;
	const text = (from: number, to: number) => {
		const between = html.slice(from, to).replace(/<!--[\s\S]*?-->/g, '');
		if (between.trim()) out.push({ name: 'p', attrs: '', inner: between.trim(), outer: `<p>${between.trim()}</p>` });
	};
	for (const tag of tags(html)) {
		if (tag.closing) {
			const index = stack.map((e) => e.name).lastIndexOf(tag.name);
			if (index < 0) continue;
			const [opened] = stack.splice(index);
			if (opened && stack.length === 0) {
				out.push({
					name: opened.name,
					attrs: opened.attrs,
					inner: html.slice(opened.innerStart, tag.start),
					outer: html.slice(opened.start, tag.end),
				});
				last = tag.end;
			}
			continue;
		}
		if (stack.length === 0) text(last, tag.start);
		if (VOID.has(tag.name) || tag.attrs.trimEnd().endsWith('/')) {
			if (stack.length === 0) {
				out.push({ name: tag.name, attrs: tag.attrs, inner: '', outer: html.slice(tag.start, tag.end) });
				last = tag.end;
			}
			continue;
		}
		stack.push({ name: tag.name, attrs: tag.attrs, start: tag.start, innerStart: tag.end });
	}
	if (stack.length === 0) text(last, html.length);
	return out;
}

/** All elements named `name` that are not inside another one of that name, in order. */
export function findElements(html: string, name: string): HtmlElement[] {
	return cutElements(html, name).cut;
}

/** Remove every element named `name` (outermost ones) and return what remains and what was cut. */
export function cutElements(html: string, name: string): { rest: string; cut: HtmlElement[] } {
	const cut: HtmlElement[] = [];
	const ranges: [number, number][] = [];
	const open: { attrs: string; start: number; innerStart: number }[] = [];
	for (const tag of tags(html)) {
		if (tag.name !== name) continue;
		if (!tag.closing) {
			open.push({ attrs: tag.attrs, start: tag.start, innerStart: tag.end });
			continue;
		}
		const opened = open.pop();
		if (opened && open.length === 0) {
			cut.push({
				name,
				attrs: opened.attrs,
				inner: html.slice(opened.innerStart, tag.start),
				outer: html.slice(opened.start, tag.end),
			});
			ranges.push([opened.start, tag.end]);
		}
	}
	let rest = html;
	for (const [start, end] of ranges.reverse()) rest = rest.slice(0, start) + rest.slice(end);
	return { rest, cut };
}

/** A decoded attribute value of an element's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
	const value = attribute(attrs, name);
	return value === undefined ? undefined : decodeEntities(value);
}

/** Elements after which text continues on a new line. */
const BLOCK = new Set([
	'p',
	'div',
	'li',
	'ul',
	'ol',
	'br',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'tr',
	'table',
	'figure',
	'figcaption',
]);
const BOLD = new Set(['strong', 'b', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A stretch of text in one weight; `'\n'` alone marks a line break. */
export interface TextRun {
	text: string;
	bold: boolean;
}

/**
 * The visible text of a fragment as runs of regular and bold text, with line breaks where block
 * elements start or end. Elements marked `hidden` or visually hidden add nothing.
 */
export function textRuns(html: string, bold = false): TextRun[] {
	const runs: TextRun[] = [];
	const stack: { name: string; bold: boolean; hidden: boolean }[] = [];
	let last = 0;
	const push = (text: string) => {
		const top = stack[stack.length - 1];
		if (top?.hidden || !text) return;
		const decoded = decodeEntities(text).replace(/[\t\n\r ]+/g, ' ');
		if (decoded) runs.push({ text: decoded, bold: top?.bold ?? bold });
	};
	const lineBreak = () => {
		if (runs.length > 0 && runs[runs.length - 1]?.text !== '\n') runs.push({ text: '\n', bold: false });
	};
	for (const tag of tags(html)) {
		push(html.slice(last, tag.start));
		last = tag.end;
		if (BLOCK.has(tag.name)) lineBreak();
		if (tag.closing) {
			const index = stack.map((e) => e.name).lastIndexOf(tag.name);
			if (index >= 0) stack.splice(index);
			continue;
		}
		if (VOID.has(tag.name) || tag.attrs.trimEnd().endsWith('/')) continue;
		const parent = stack[stack.length - 1];
		const cls = attribute(tag.attrs, 'class') ?? '';
		const hidden =
			(parent?.hidden ?? false) || attribute(tag.attrs, 'hidden') !== undefined || /\bvisually-hidden\b/.test(cls);
		stack.push({ name: tag.name, bold: (parent?.bold ?? bold) || BOLD.has(tag.name), hidden });
	}
	push(html.slice(last));
	while (runs[runs.length - 1]?.text === '\n') runs.pop();
	return runs;
}

/** Plain text of a fragment, whitespace collapsed. */
export function plainText(html: string): string {
	return textRuns(html)
		.map((r) => (r.text === '\n' ? ' ' : r.text))
		.join('')
		.replace(/[ \t\n\r]+/g, ' ')
		.trim();
}

/** Abbreviations after which a full stop ends no sentence (German usage in the chapters). */
const ABBREVIATIONS = new Set([
	'bzw',
	'ca',
	'vgl',
	'etc',
	'usw',
	'evtl',
	'ggf',
	'inkl',
	'zzgl',
	'abs',
	'art',
	'nr',
	'bspw',
	'sog',
	'min',
	'max',
	'mio',
	'mrd',
	'jh',
	'dr',
	'prof',
	'hrsg',
	'aufl',
	'bd',
]);

/**
 * Split the inner HTML of a paragraph between sentences. Only full stops, question and
 * exclamation marks outside any inline element count, followed by a space and an upper-case
 * letter, a digit or an opening quote; single letters („z. B.“) and known abbreviations do not.
 */
export function splitSentences(html: string): string[] {
	const cuts: number[] = [];
	let depth = 0;
	let last = 0;
	const scan = (from: number, to: number) => {
		const segment = html.slice(from, to);
		const re = /([.!?])(?:\s|&nbsp;)+(?=[A-ZÄÖÜ„"0-9(])/g;
		let m: RegExpExecArray | null;
		while ((m = re.exec(segment))) {
			if (m[1] === '.') {
				const before = /([\p{L}\d]+)$/u.exec(segment.slice(0, m.index))?.[1] ?? '';
				// „z. B.“, „Art. 50“, and ordinals as in „am 2. August“ end no sentence; „im Jahr 2013.“ does.
				const ordinal = /^\d{1,2}$/.test(before);
				if (ordinal || (!/^\d+$/.test(before) && before.length <= 1) || ABBREVIATIONS.has(before.toLowerCase()))
					continue;
			}
			cuts.push(from + m.index + 1);
		}
	};
	for (const tag of tags(html)) {
		if (depth === 0) scan(last, tag.start);
		last = tag.end;
		if (VOID.has(tag.name) || tag.attrs.trimEnd().endsWith('/')) continue;
		depth += tag.closing ? -1 : 1;
		if (depth < 0) depth = 0;
	}
	if (depth === 0) scan(last, html.length);
	const parts: string[] = [];
	let start = 0;
	for (const cut of cuts) {
		parts.push(html.slice(start, cut).trim());
		start = cut;
	}
	parts.push(html.slice(start).trim());
	return parts.filter((p) => p.length > 0);
}
