/**
 * Turn rendered MDX (a figure's table, an exercise's text) into slide blocks, and split a block
 * that is too tall: tables between rows, lists between items, paragraphs between sentences.
 */
import type { Block } from './types';
import { attr, findElements, splitSentences, topLevel } from './html';
import { CONTENT_WIDTH, columnWidths } from './measure';

/** Blocks of an HTML fragment. Headings become `h3` (a slide's own heading is the `h2`). */
export function toBlocks(html: string): Block[] {
	const blocks: Block[] = [];
	for (const el of topLevel(html)) {
		switch (el.name) {
			case 'table':
				blocks.push(tableBlock(el.inner));
				break;
			case 'ul':
			case 'ol': {
				const items = topLevel(el.inner)
					.filter((li) => li.name === 'li')
					.map((li) => li.inner.trim());
				const start = Number(attr(el.attrs, 'start') ?? '1');
				blocks.push({ kind: 'list', ordered: el.name === 'ol', start: Number.isInteger(start) ? start : 1, items });
				break;
			}
			case 'h1':
			case 'h2':
			case 'h3':
			case 'h4':
			case 'h5':
			case 'h6':
				blocks.push({ kind: 'text', tag: 'h3', html: el.inner.trim() });
				break;
			case 'blockquote':
				blocks.push({ kind: 'text', tag: 'blockquote', html: el.inner.trim() });
				break;
			case 'hr':
			case 'br':
				break;
			case 'div':
			case 'section':
			case 'figure':
				blocks.push(...toBlocks(el.inner));
				break;
			default:
				blocks.push({ kind: 'text', tag: 'p', html: el.name === 'p' ? el.inner.trim() : el.outer });
		}
	}
	return blocks;
}

/** A table block from the inner HTML of a `<table>`; the first row is the header if it holds `th`. */
function tableBlock(inner: string): Block {
	const rows = findElements(inner, 'tr').map((tr) =>
		topLevel(tr.inner)
			.filter((c) => c.name === 'td' || c.name === 'th')
			.map((c) => c.inner.trim()),
	);
	const headRow = findElements(inner, 'thead')[0];
	const firstIsHead = headRow !== undefined || /^\s*<tr[^>]*>\s*<th/.test(inner);
	const head = firstIsHead ? (rows[0] ?? []) : [];
	const body = firstIsHead ? rows.slice(1) : rows;
	const columns = Math.max(head.length, ...body.map((r) => r.length));
	const pad = (r: string[]) => [...r, ...Array.from({ length: columns - r.length }, () => '')];
	const headCells = head.length > 0 ? pad(head) : [];
	const bodyCells = body.map(pad);
	return {
		kind: 'table',
		head: headCells,
		rows: bodyCells,
		widths: columnWidths(headCells.length ? headCells : pad([]), bodyCells, CONTENT_WIDTH),
	};
}

/** A matching question's two lists one below the other: numbered items, then lettered partners. */
export function stackPairs(block: Extract<Block, { kind: 'pairs' }>): Block[] {
	return [
		{ kind: 'list', ordered: true, start: 1, items: block.left },
		{ kind: 'list', ordered: true, letters: true, start: block.rightStart, items: block.right },
	];
}

/** The smallest parts a block can be split into, in order; an unsplittable block is one part. */
export function blockUnits(block: Block): number {
	switch (block.kind) {
		case 'text':
			return block.tag === 'p' ? splitSentences(block.html).length : 1;
		case 'list':
			return block.items.length;
		case 'table':
			return block.rows.length;
		case 'pairs':
			return block.right.length;
	}
}

/** The block's first `count` units and the rest (undefined when nothing is left). */
export function splitBlock(block: Block, count: number): [Block, Block | undefined] {
	switch (block.kind) {
		case 'text': {
			const sentences = splitSentences(block.html);
			if (count >= sentences.length) return [block, undefined];
			return [
				{ ...block, html: sentences.slice(0, count).join(' ') },
				{ ...block, html: sentences.slice(count).join(' ') },
			];
		}
		case 'list':
			if (count >= block.items.length) return [block, undefined];
			return [
				{ ...block, items: block.items.slice(0, count) },
				{ ...block, items: block.items.slice(count), start: block.start + count },
			];
		case 'table':
			if (count >= block.rows.length) return [block, undefined];
			return [
				{ ...block, rows: block.rows.slice(0, count) },
				{ ...block, rows: block.rows.slice(count) },
			];
		case 'pairs':
			if (count >= block.right.length) return [block, undefined];
			return [
				{ ...block, right: block.right.slice(0, count) },
				{ ...block, right: block.right.slice(count), rightStart: block.rightStart + count },
			];
	}
}
