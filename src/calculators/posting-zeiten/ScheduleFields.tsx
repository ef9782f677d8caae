/** The weekly schedule entered on this page (model „eigene Angaben“). */
import type { JSX } from 'preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import type { WeeklySchedule } from '../../lib/schedule';
import { parseDecimal } from '../../lib/number';
import { formatClock, parseClock } from '../../lib/clock';
import { DraftField } from '../../components/forms/DraftField';
import { PZ_FIELD } from './field-look';
import { fillTemplate } from '../../lib/template';

type ClockField =
	'workStart' | 'workEnd' | 'lunchStart' | 'eveningStart' | 'eveningEnd' | 'weekendWake' | 'weekendSleep';
type MinuteField = 'commuteMinutes' | 'lunchMinutes' | 'marginMinutes';

interface Props {
	t: PostingZeitenStrings;
	schedule: WeeklySchedule;
	onChange: (schedule: WeeklySchedule) => void;
}

export function ScheduleFields({ t, schedule, onChange }: Props): JSX.Element {
	const set = (patch: Partial<WeeklySchedule>): void => onChange({ ...schedule, ...patch });
	const clock = (field: ClockField, label: string) => (
		<DraftField
			{...PZ_FIELD}
			id={`pz-${field}`}
			label={label}
			value={schedule[field]}
			format={formatClock}
			parse={(raw) => {
				const r = parseClock(raw);
				return r.ok ? r : { ok: false, error: fillTemplate(t.audience.clockErrors[r.error], { raw: raw.trim() }) };
			}}
			onCommit={(v) => set({ [field]: v } as Partial<WeeklySchedule>)}
		/>
	);
	const minutes = (field: MinuteField, label: string, hint?: string) => (
		<DraftField
			{...PZ_FIELD}
			id={`pz-${field}`}
			label={label}
			value={schedule[field]}
			format={String}
			inputMode="numeric"
			hint={hint}
			parse={(raw) => {
				const r = parseDecimal(raw, { min: 0, max: 240, integer: true });
				return r.ok ? r : { ok: false, error: `${r.error} ${t.audience.minutesInvalid}` };
			}}
			onCommit={(v) => set({ [field]: v } as Partial<WeeklySchedule>)}
		/>
	);
	const toggleDay = (day: number, on: boolean): void => {
		const days = new Set(schedule.workDays);
		if (on) days.add(day);
		else days.delete(day);
		set({ workDays: [...days].sort((a, b) => a - b) });
	};
	return (
		<div class="pz-schedule">
			<fieldset class="pz-days">
				<legend>{t.audience.workDays}</legend>
				{t.dayShort.map((name, day) => (
					<span class="pz-check" key={name}>
						<input
							id={`pz-workday-${day}`}
							type="checkbox"
							checked={schedule.workDays.includes(day)}
							onChange={(e) => toggleDay(day, e.currentTarget.checked)}
						/>
						<label for={`pz-workday-${day}`}>
							<abbr title={t.dayNames[day]}>{name}</abbr>
						</label>
					</span>
				))}
			</fieldset>
			<div class="pz-grid">
				{clock('workStart', t.audience.workStart)}
				{clock('workEnd', t.audience.workEnd)}
				{minutes('commuteMinutes', t.audience.commute)}
				{minutes('marginMinutes', t.audience.margin, t.audience.marginHint)}
				{clock('lunchStart', t.audience.lunchStart)}
				{minutes('lunchMinutes', t.audience.lunchMinutes)}
				{clock('eveningStart', t.audience.eveningStart)}
				{clock('eveningEnd', t.audience.eveningEnd)}
				{clock('weekendWake', t.audience.weekendWake)}
				{clock('weekendSleep', t.audience.weekendSleep)}
			</div>
		</div>
	);
}
