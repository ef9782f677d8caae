/** The persona's likely online windows as a list, e.g. „Mo–Fr 12:00–12:45 Uhr: Mittagspause“. */
import type { WeeklySchedule } from '../../lib/schedule';
import { formatClock } from '../../lib/clock';
import type { PersonaLabels } from './labels';
import { describeOnlineWindows, formatDays } from './online-windows';
import { fillTemplate } from '../../lib/template';

interface Props {
	schedule: WeeklySchedule;
	labels: PersonaLabels;
}

export function OnlineWindows({ schedule, labels }: Props) {
	const t = labels.schedule;
	const windows = describeOnlineWindows(schedule);
	if (windows.length === 0) return <p>{t.summaryEmpty}</p>;
	return (
		<ul class="pb-windows">
			{windows.map((w) => (
				<li key={w.kind}>
					{fillTemplate(t.window, {
						days: formatDays(w.days, t.daysShort),
						from: formatClock(w.start),
						to: formatClock(w.end),
						kind: t.windows[w.kind],
					})}
				</li>
			))}
		</ul>
	);
}
