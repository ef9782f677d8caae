/**
 * The coloured weekday × hour grid as HTML. It is decoration for sighted users (aria-hidden; the
 * numbers are in the table alternative), and as one string Preact neither hydrates nor compares
 * its 200 cells one by one (issue 14: the results island's longest task on load).
 */
import { escapeHtml } from '../../lib/escape-html';
import { levelOf } from './describe';
import { DAYS_PER_WEEK, HOURS_PER_DAY, HOURS_PER_WEEK, toSlot } from './week';

export interface GridInput {
	/** Short weekday names, Monday first. */
	dayShort: readonly string[];
	/** Values per slot of the week; shown relative to the largest. */
	values: ArrayLike<number>;
	planned: ReadonlySet<number>;
	allowed: ArrayLike<boolean>;
}

/** The largest value of the week and its first slot (the grid's colours are relative to it). */
export function peakOf(values: ArrayLike<number>): { max: number; slot: number } {
	let max = 0;
	let slot = 0;
	for (let s = 0; s < HOURS_PER_WEEK; s++) {
		if ((values[s] ?? 0) > max) {
			max = values[s] ?? 0;
			slot = s;
		}
	}
	return { max, slot };
}

export function heatmapGridHtml({ dayShort, values, planned, allowed }: GridInput): string {
	const { max } = peakOf(values);
	const parts = ['<span class="pz-hm-corner"></span>'];
	for (let h = 0; h < HOURS_PER_DAY; h++) parts.push(`<span class="pz-hm-hour">${h % 3 === 0 ? h : ''}</span>`);
	for (let d = 0; d < DAYS_PER_WEEK; d++) {
		parts.push(`<span class="pz-hm-day">${escapeHtml(dayShort[d] ?? '')}</span>`);
		for (let h = 0; h < HOURS_PER_DAY; h++) {
			const s = toSlot(d, h);
			const level = levelOf(max > 0 ? (values[s] ?? 0) / max : 0);
			const isPlanned = planned.has(s);
			const classes = `pz-cell pz-l${level}${isPlanned ? ' pz-planned' : ''}${allowed[s] ? '' : ' pz-excluded'}`;
			parts.push(`<span class="${classes}" data-slot="${s}">${isPlanned ? '●' : ''}</span>`);
		}
	}
	return parts.join('');
}
