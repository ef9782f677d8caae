import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';
import { bodyRoom } from './measure';
import type { Block, SlideDraft } from './types';

const draft = (blocks: Block[], extra: Partial<SlideDraft> = {}): SlideDraft => ({
	kind: 'abbildung',
	eyebrow: 'Tabelle aus dem Kapitel',
	title: 'Eine Tabelle',
	blocks,
	source: 'Quelle: Beispiel 2024.',
	...extra,
});
const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Zeile ${i + 1}`, `${i}`]);
const table = (n: number): Block => ({ kind: 'table', head: ['Kennzahl', 'Wert'], rows: rows(n), widths: [80, 20] });

describe('paginate', () => {
	it('keeps content that fits on one slide', () => {
		const parts = paginate(draft([table(3)]), '(Fortsetzung)');
		expect(parts).toHaveLength(1);
		expect(parts[0]?.continued).toBe(false);
		expect(parts[0]?.fill).toBeLessThanOrEqual(1);
	});

	it('continues a long table on further slides, evenly, every part fitting', () => {
		const parts = paginate(draft([table(16)]), '(Fortsetzung)');
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.slice(1).every((p) => p.continued)).toBe(true);
		expect(parts.every((p) => p.fill <= 1)).toBe(true);
		const counts = parts.map((p) => (p.blocks[0] as Extract<Block, { kind: 'table' }>).rows.length);
		expect(counts.reduce((a, b) => a + b, 0)).toBe(16);
		// Two parts are balanced, not „all but one row“ plus a lone row.
		if (counts.length === 2) expect(Math.abs((counts[0] ?? 0) - (counts[1] ?? 0))).toBeLessThanOrEqual(1);
	});

	it('splits a long list between items and moves a heading on with what follows', () => {
		const items = Array.from({ length: 30 }, (_, i) => `Punkt ${i + 1} mit etwas Text`);
		const parts = paginate(
			draft([
				{ kind: 'text', tag: 'p', html: 'Einleitung.' },
				{ kind: 'text', tag: 'h3', html: 'Liste' },
				{ kind: 'list', ordered: true, start: 1, items },
			]),
			'(Fortsetzung)',
		);
		expect(parts.length).toBeGreaterThan(1);
		const all = parts.flatMap((p) => p.blocks);
		const lists = all.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
		expect(lists.flatMap((l) => l.items)).toEqual(items);
		expect(lists[1]?.start).toBe((lists[0]?.items.length ?? 0) + 1);
		for (const part of parts)
			expect(
				part.blocks[part.blocks.length - 1]?.kind === 'text' && (part.blocks.at(-1) as { tag: string }).tag === 'h3',
			).toBe(false);
	});

	it('reports a unit that cannot fit on any slide', () => {
		const huge = Array.from({ length: 400 }, () => 'Wort').join(' ');
		const parts = paginate(
			draft([table(1), { kind: 'table', head: ['A'], rows: [[huge]], widths: [100] }]),
			'(Fortsetzung)',
		);
		expect(parts.some((p) => p.fill > 1)).toBe(true);
	});

	it('stacks the lists of a matching question when side by side does not fit', () => {
		const long = Array.from(
			{ length: 8 },
			(_, i) => `Eine recht lange Beschreibung Nummer ${i + 1} für die linke Seite der Zuordnung`,
		);
		const parts = paginate(
			draft([{ kind: 'pairs', left: long, right: long, rightStart: 1, leftWidth: 50 }], { kind: 'frage' }),
			'(Fortsetzung)',
		);
		const kinds = parts.flatMap((p) => p.blocks.map((b) => b.kind));
		expect(kinds).not.toContain('pairs');
		expect(parts.every((p) => p.fill <= 1)).toBe(true);
	});

	it('accounts for the lead on the first part only', () => {
		const lead = Array.from({ length: 60 }, () => 'Frage').join(' ');
		expect(bodyRoom('E', 'T', undefined, undefined)).toBeGreaterThan(0);
		const withLead = paginate(draft([table(10)], { lead }), '(Fortsetzung)');
		const without = paginate(draft([table(10)]), '(Fortsetzung)');
		expect(withLead.length).toBeGreaterThanOrEqual(without.length);
	});
});

describe('answer options', () => {
	it('move to the next slide together instead of being split', () => {
		const left = Array.from({ length: 9 }, (_, i) => `Vorhaben ${i + 1}`);
		const options = Array.from({ length: 6 }, (_, i) => `Regel ${i + 1}`);
		const parts = paginate(
			draft([
				{ kind: 'list', ordered: true, start: 1, items: left },
				{ kind: 'list', ordered: true, letters: true, start: 1, items: options },
			]),
			'(Fortsetzung)',
		);
		const lettered = parts.flatMap((p) => p.blocks).filter((b) => b.kind === 'list' && b.letters);
		expect(lettered).toHaveLength(1);
		expect(lettered[0]).toMatchObject({ items: options });
	});
});
