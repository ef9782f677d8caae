import { describe, expect, it } from 'vitest';
import {
	CONTENT_WIDTH,
	GEOMETRY,
	blockHeight,
	bodyRoom,
	columnWidths,
	countLines,
	htmlLines,
	pairsLeftWidth,
	titleSize,
} from './measure';

const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');

describe('countLines', () => {
	it('counts one line for text that fits and more as it grows', () => {
		expect(htmlLines('Kurz', CONTENT_WIDTH, 28)).toBe(1);
		const one = htmlLines(words(10), CONTENT_WIDTH, 28);
		const many = htmlLines(words(100), CONTENT_WIDTH, 28);
		expect(one).toBe(1);
		expect(many).toBeGreaterThan(5);
		expect(htmlLines(words(100), CONTENT_WIDTH / 2, 28)).toBeGreaterThanOrEqual(2 * many - 1);
	});

	it('wraps at hyphens, breaks words wider than the box and honours line breaks', () => {
		// „Wort-Wort“ can wrap after the hyphen: two lines in a box one part wide.
		expect(htmlLines('Wort-Wort', 75, 28)).toBe(2);
		// A long word in a narrow box breaks anywhere.
		expect(htmlLines('Donaudampfschifffahrtsgesellschaft', 100, 28)).toBeGreaterThan(3);
		expect(htmlLines('<p>eins</p><p>zwei</p>', CONTENT_WIDTH, 28)).toBe(2);
		expect(countLines([], CONTENT_WIDTH, 28)).toBe(0);
	});

	it('counts bold text wider than regular text', () => {
		const text = words(60);
		expect(htmlLines(`<strong>${text}</strong>`, 600, 28)).toBeGreaterThanOrEqual(htmlLines(text, 600, 28));
	});
});

describe('columnWidths', () => {
	it('sums to 100 and gives every column at least its longest word', () => {
		const widths = columnWidths(
			['Jahr', 'Team', 'Quelle'],
			[['2015', '130 Personen an fünf Standorten mit sehr langem Text dahinter', 'Telekom 2015']],
			CONTENT_WIDTH,
		);
		expect(widths.reduce((a, b) => a + b, 0)).toBe(100);
		// „2015“ in bold-free digits plus padding needs more than 7 % of 1168 px.
		expect(widths[0]).toBeGreaterThanOrEqual(8);
		expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
	});

	it('shares space by content when everything fits on one line', () => {
		expect(columnWidths(['A', 'B'], [['x', 'x']], CONTENT_WIDTH)).toEqual([50, 50]);
	});
});

describe('block heights and room', () => {
	it('grows with the rows of a table and the items of a list', () => {
		const table = (rows: number) => ({
			kind: 'table' as const,
			head: ['A', 'B'],
			rows: Array.from({ length: rows }, () => ['x', 'y']),
			widths: [50, 50],
		});
		expect(blockHeight(table(4), CONTENT_WIDTH)).toBeGreaterThan(blockHeight(table(2), CONTENT_WIDTH));
		const list = (n: number) => ({
			kind: 'list' as const,
			ordered: false,
			start: 1,
			items: Array.from({ length: n }, () => 'Punkt'),
		});
		expect(blockHeight(list(3), CONTENT_WIDTH)).toBeCloseTo(
			3 * GEOMETRY.body * GEOMETRY.bodyLine + 2 * GEOMETRY.itemGap,
		);
	});

	it('leaves less room under a long heading and a long source line', () => {
		expect(bodyRoom('Kapitel 1', 'Kurz', undefined, undefined)).toBeGreaterThan(
			bodyRoom('Kapitel 1', words(30), 'Quelle: ' + words(40), undefined),
		);
		expect(titleSize('x'.repeat(GEOMETRY.longTitle + 1))).toBe(GEOMETRY.titleLong);
	});

	it('makes the left list of a matching question as wide as its content needs, within 25 to 60 %', () => {
		expect(pairsLeftWidth(['A', 'B'], [words(12)])).toBe(25);
		expect(pairsLeftWidth([words(12)], ['A'])).toBe(60);
		expect(pairsLeftWidth([words(5)], [words(5)]) % 5).toBe(0);
	});
});

describe('continued headings', () => {
	it('keep the size of the first heading and only get longer', () => {
		const title = 'x'.repeat(GEOMETRY.longTitle - 5);
		// Size by the title alone (large), lines by title and suffix.
		expect(bodyRoom('E', title, undefined, undefined, '(Fortsetzung)')).toBeLessThan(
			bodyRoom('E', `${title} (Fortsetzung)`, undefined, undefined),
		);
	});
});
