import { formatNumber } from '../../lib/number';
import { RUNGS, type Rung } from './rungs';
import type { ProfileShares, RungValues } from './profile';
import { formatCsv } from '../../lib/csv';

/** Column titles and rung names for the export, from the dictionary. */
export interface ExportLabels {
	columns: {
		rung: string;
		original: string;
		count: string;
		share: string;
		low: string;
		high: string;
		n: string;
		index: string;
	};
	rungs: Record<Rung, { de: string; en: string }>;
}

/**
 * The own-group result as CSV for spreadsheets: semicolon-separated with decimal commas and a
 * BOM, which is what German Excel opens correctly by double-click. Rungs that were not surveyed
 * get empty cells rather than zeros.
 */
export function buildResultCsv(n: number, profile: ProfileShares, index: RungValues, labels: ExportLabels): string {
	const c = labels.columns;
	const header = [c.rung, c.original, c.count, c.n, c.share, c.low, c.high, c.index];
	const rows = RUNGS.map((rung) => {
		const r = profile[rung];
		const idx = index[rung];
		return [
			labels.rungs[rung].de,
			labels.rungs[rung].en,
			r ? String(r.count) : '',
			String(n),
			r ? formatNumber(r.share, 1) : '',
			r ? formatNumber(r.low, 1) : '',
			r ? formatNumber(r.high, 1) : '',
			idx === null ? '' : formatNumber(idx, 0),
		];
	});
	return formatCsv([header, ...rows]);
}
