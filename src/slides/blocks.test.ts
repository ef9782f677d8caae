import { describe, expect, it } from 'vitest';
import { blockUnits, splitBlock, stackPairs, toBlocks } from './blocks';
import type { Block } from './types';

describe('toBlocks', () => {
	it('reads tables with their header, lists with their start and paragraphs', () => {
		const blocks = toBlocks(
			'<table><thead><tr><th>Stufe</th><th>2008</th></tr></thead><tbody><tr><td>Kreatoren</td><td>21</td></tr><tr><td>Kritiker</td><td>37</td></tr></tbody></table>' +
				'<p>„–“ = nicht erhoben.</p><ol start="3"><li>drei</li><li>vier</li></ol><h2>Zwischentitel</h2>',
		);
		expect(blocks.map((b) => b.kind)).toEqual(['table', 'text', 'list', 'text']);
		const table = blocks[0] as Extract<Block, { kind: 'table' }>;
		expect(table.head).toEqual(['Stufe', '2008']);
		expect(table.rows).toEqual([
			['Kreatoren', '21'],
			['Kritiker', '37'],
		]);
		expect(table.widths.reduce((a, b) => a + b, 0)).toBe(100);
		expect(blocks[2]).toEqual({ kind: 'list', ordered: true, start: 3, items: ['drei', 'vier'] });
		expect(blocks[3]).toEqual({ kind: 'text', tag: 'h3', html: 'Zwischentitel' });
	});

	it('pads short rows and treats a first row of th as the header', () => {
		const [table] = toBlocks('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td></tr></table>') as Extract<
			Block,
			{ kind: 'table' }
		>[];
		expect(table?.head).toEqual(['A', 'B']);
		expect(table?.rows).toEqual([['1', '']]);
	});
});

describe('splitBlock', () => {
	it('splits tables between rows, keeping the header', () => {
		const table: Block = { kind: 'table', head: ['H'], rows: [['1'], ['2'], ['3']], widths: [100] };
		expect(blockUnits(table)).toBe(3);
		const [first, rest] = splitBlock(table, 2);
		expect(first).toMatchObject({ head: ['H'], rows: [['1'], ['2']] });
		expect(rest).toMatchObject({ head: ['H'], rows: [['3']] });
		expect(splitBlock(table, 3)[1]).toBeUndefined();
	});

	it('continues the numbering of a split ordered list', () => {
		const list: Block = { kind: 'list', ordered: true, start: 1, items: ['a', 'b', 'c'] };
		expect(splitBlock(list, 1)[1]).toMatchObject({ start: 2, items: ['b', 'c'] });
	});

	it('splits paragraphs between sentences, headings not at all', () => {
		const text: Block = { kind: 'text', tag: 'p', html: 'Eins ist gut. Zwei ist besser. Drei ist am besten.' };
		expect(blockUnits(text)).toBe(3);
		expect(splitBlock(text, 1)).toEqual([
			{ kind: 'text', tag: 'p', html: 'Eins ist gut.' },
			{ kind: 'text', tag: 'p', html: 'Zwei ist besser. Drei ist am besten.' },
		]);
		expect(blockUnits({ kind: 'text', tag: 'h3', html: 'Titel. Mit Punkt.' })).toBe(1);
	});

	it('splits matching partners and keeps the letters going; stacks the lists when asked', () => {
		const pairs: Block = { kind: 'pairs', left: ['x', 'y'], right: ['r1', 'r2'], rightStart: 1, leftWidth: 30 };
		expect(splitBlock(pairs, 1)[1]).toMatchObject({ left: ['x', 'y'], right: ['r2'], rightStart: 2 });
		expect(stackPairs({ ...pairs, rightStart: 2, right: ['r2'] })).toEqual([
			{ kind: 'list', ordered: true, start: 1, items: ['x', 'y'] },
			{ kind: 'list', ordered: true, letters: true, start: 2, items: ['r2'] },
		]);
	});
});
