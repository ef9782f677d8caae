/** The persona's likely online windows as a list, e.g. „Mo–Fr 12:00–12:45 Uhr: Mittagspause“. */
import type { WeeklySchedule } from '../../lib/schedule';
import { formatClock } from '../../lib/clock';
import type { PersonaStrings } from './strings';
import { describeOnlineWindows, formatDays } from './online-windows';
import { fillTemplate } from '../../lib/template';

interface Props {
	schedule: WeeklySchedule;
	t: PersonaStrings;
}

export function OnlineWindows({ schedule, t }: Props) {
	const windows = describeOnlineWindows(schedule);
	if (windows.length === 0) return <p>{t.schedule.summaryEmpty}</p>;
	return (
		<ul class="pb-windows">
			{windows.map((w) => (
				<li key={w.kind}>
					{fillTemplate(t.schedule.window, {
						days: formatDays(w.days, t.schedule.daysShort),
						from: formatClock(w.start),
						to: formatClock(w.end),
						kind: t.schedule.windows[w.kind],
					})}
				</li>
			))}
		</ul>
	);
}
