import { describe, expect, it } from 'vitest';
import { heatmapGridHtml, peakOf } from './heatmap-grid';

const dayShort = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

describe('heatmapGridHtml', () => {
	it('draws 24 hour labels, 7 days and 168 cells with level, plan mark and exclusion', () => {
		const values = new Array<number>(168).fill(0);
		values[43] = 10;
		values[44] = 5;
		const allowed = new Array<boolean>(168).fill(true);
		allowed[0] = false;
		const html = heatmapGridHtml({ dayShort, values, planned: new Set([43]), allowed });
		expect(html.match(/class="pz-cell/g)).toHaveLength(168);
		expect(html.match(/class="pz-hm-hour"/g)).toHaveLength(24);
		expect(html).toContain('<span class="pz-hm-hour">3</span><span class="pz-hm-hour"></span>');
		expect(html).toContain('<span class="pz-cell pz-l9 pz-planned" data-slot="43">●</span>');
		expect(html).toContain('data-slot="44"');
		expect(html).toContain('<span class="pz-cell pz-l0 pz-excluded" data-slot="0"></span>');
		expect(html).toContain('<span class="pz-hm-day">Di</span>');
	});

	it('shows an empty week in the lowest level and escapes the day names', () => {
		const html = heatmapGridHtml({
			dayShort: ['<Mo>', ...dayShort.slice(1)],
			values: new Array<number>(168).fill(0),
			planned: new Set(),
			allowed: new Array<boolean>(168).fill(true),
		});
		expect(html).not.toMatch(/pz-l[1-9]/);
		expect(html).toContain('&lt;Mo&gt;');
	});

	it('finds the first slot of the largest value, and none in an empty week', () => {
		const values = new Array<number>(168).fill(1);
		values[50] = 7;
		values[90] = 7;
		expect(peakOf(values)).toEqual({ max: 7, slot: 50 });
		expect(peakOf(new Array<number>(168).fill(0))).toEqual({ max: 0, slot: 0 });
	});
});
