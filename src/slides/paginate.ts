/**
 * Split a slide draft into as many slides as its content needs on the 1280×720 canvas. Blocks are
 * kept whole where they fit; a block that does not fit is split between rows, items or sentences
 * and continues on the next slide under the same heading with „(Fortsetzung)“. A single row, item
 * or sentence that is taller than a whole slide cannot be split: its slide reports `fill > 1`,
 * and the build stops with a message (see `assertFits`).
 */
import type { Block, SlideDraft } from './types';
import { blockUnits, splitBlock, stackPairs } from './blocks';
import { CONTENT_WIDTH, GEOMETRY, blockHeight, bodyRoom, htmlLines, leadHeight } from './measure';

/** One slide-sized part of a draft, before numbering. */
export interface Part {
	draft: SlideDraft;
	blocks: Block[];
	continued: boolean;
	fill: number;
}

const G = GEOMETRY;

/** Height of the link list under the lead (links stay on the first part). */
function linksHeight(draft: SlideDraft): number {
	if (!draft.links?.length) return 0;
	return draft.links.reduce<number>(
		(sum, l) => sum + htmlLines(l.label, CONTENT_WIDTH - G.indent, G.body) * G.body * G.bodyLine + G.itemGap,
		G.blockGap,
	);
}

/** Heights of blocks in sequence, with the gap between blocks. */
function stackHeight(blocks: readonly Block[]): number {
	return blocks.reduce((sum, b, i) => sum + blockHeight(b, CONTENT_WIDTH) + (i > 0 ? G.blockGap : 0), 0);
}

/** Split a draft into slide-sized parts. `continued` is the suffix for later parts' headings. */
export function paginate(draft: SlideDraft, continued: string): Part[] {
	const firstRoom =
		bodyRoom(draft.eyebrow, draft.title, draft.source, draft.note) - leadHeight(draft.lead) - linksHeight(draft);
	const laterRoom = bodyRoom(draft.eyebrow, draft.title, draft.source, draft.note, continued);
	const parts: Part[] = [];
	const queue = [...draft.blocks];
	let current: Block[] = [];
	let room = firstRoom;

	const flush = () => {
		// A heading does not stay alone at the foot of a slide: it moves on with what it introduces.
		const last = current[current.length - 1];
		if (current.length > 1 && queue.length > 0 && last?.kind === 'text' && last.tag === 'h3') {
			current.pop();
			queue.unshift(last);
		}
		parts.push({
			draft,
			blocks: current,
			continued: parts.length > 0,
			fill: room > 0 ? stackHeight(current) / room : Infinity,
		});
		current = [];
		room = laterRoom;
	};

	while (queue.length > 0) {
		const block = queue.shift() as Block;
		const used = stackHeight(current);
		const gap = current.length > 0 ? G.blockGap : 0;
		if (used + gap + blockHeight(block, CONTENT_WIDTH) <= room) {
			current.push(block);
			continue;
		}
		// Answer options (lettered lists) stay together if a slide of their own can hold them.
		if (
			block.kind === 'list' &&
			block.letters &&
			current.length > 0 &&
			blockHeight(block, CONTENT_WIDTH) <= laterRoom
		) {
			queue.unshift(block);
			flush();
			continue;
		}
		const units = blockUnits(block);
		let fit = 0;
		for (let k = units - 1; k >= 1; k--) {
			if (used + gap + blockHeight(splitBlock(block, k)[0], CONTENT_WIDTH) <= room) {
				fit = k;
				break;
			}
		}
		if (fit === 0 && block.kind === 'pairs') {
			// Side by side does not fit even with one partner: the two lists go one below the other.
			queue.unshift(...stackPairs(block));
			continue;
		}
		if (fit > 0) {
			// Split evenly when the block alone spans this slide and the next: 5 + 4 rows, not 8 + 1.
			const half = Math.ceil(units / 2);
			if (
				current.length === 0 &&
				fit > half &&
				blockHeight(splitBlock(block, half)[1] ?? block, CONTENT_WIDTH) <= laterRoom
			)
				fit = half;
			const [head, rest] = splitBlock(block, fit);
			current.push(head);
			if (rest) queue.unshift(rest);
			flush();
		} else if (current.length === 0) {
			// Not even one unit fits: it goes on a slide of its own, which the build check reports.
			const [head, rest] = splitBlock(block, 1);
			current.push(head);
			if (rest) queue.unshift(rest);
			flush();
		} else {
			queue.unshift(block);
			flush();
		}
	}
	if (current.length > 0 || parts.length === 0) flush();
	return parts;
}
