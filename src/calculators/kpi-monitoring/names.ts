/** How months and values are written in the KPI-Monitoring. */
import { formatNumber, formatPercent } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import type { SeriesUnit } from './analysis';

/** The month's label, or „Monat 3“ when the user left it empty. */
export function monthName(label: string, index: number, fallback: string): string {
	return label.trim() || fillTemplate(fallback, { n: index + 1 });
}

/** A value in its unit: counts whole, the answer rate in per cent, hours with decimals. */
export function formatValue(value: number, unit: SeriesUnit, hoursTemplate: string): string {
	if (unit === 'percent') return formatPercent(value, 1);
	if (unit === 'hours') return fillTemplate(hoursTemplate, { hours: formatNumber(value, 2) });
	return formatNumber(value, 0);
}
