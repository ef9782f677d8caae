/** Island of one series card of the KPI-Monitoring (chart and table); one island per series. */
import type { JSX } from 'preact';
import type { SeriesId } from './analysis';
import { SeriesCard, type SeriesStrings } from './SeriesCard';
import type { MonthReadStrings } from './months';
import { useKpiMonths } from './use-kpi-months';

interface Props {
	id: SeriesId;
	t: SeriesStrings;
	read: MonthReadStrings;
}

export default function KpiMonitoringSeries({ id, t, read }: Props): JSX.Element {
	const { parsed, names } = useKpiMonths(read);
	return <SeriesCard t={t} id={id} months={parsed} names={names} />;
}
