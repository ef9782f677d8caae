/** Island of the KPI-Monitoring's service table (answer rate and response time per month). */
import type { JSX } from 'preact';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { ServiceTable } from './ServiceTable';
import type { MonthReadStrings } from './months';
import { useKpiMonths } from './use-kpi-months';

interface Props {
	t: KpiMonitoringStrings['service'];
	read: MonthReadStrings;
}

export default function KpiMonitoringService({ t, read }: Props): JSX.Element {
	const { parsed, names } = useKpiMonths(read);
	return <ServiceTable t={t} months={parsed} names={names} />;
}
