/**
 * Step 7: the weekly schedule (WeeklySchedule from src/lib/schedule.ts), which the posting-time
 * calculator reads from the active persona. Any change marks the week as the author's own.
 */
import type { WeeklySchedule } from '../../lib/schedule';
import { formatClock, parseClock } from '../../lib/clock';
import { DraftField, type DraftParse } from '../../components/forms/DraftField';
import { PB_DRAFT_FIELD } from './field-look';
import { FieldsStep } from './FieldsStep';
import { parseMinutesInput } from './inputs';
import { issueText } from './messages';
import { OnlineWindows } from './OnlineWindows';
import type { StepProps } from './step-props';
import { fillTemplate } from '../../lib/template';
import { issueFor } from './validate';

type ClockKey = 'workStart' | 'workEnd' | 'lunchStart' | 'eveningStart' | 'eveningEnd' | 'weekendWake' | 'weekendSleep';
type MinutesKey = 'commuteMinutes' | 'lunchMinutes' | 'marginMinutes';

export function ScheduleStep(props: StepProps) {
	const { persona, t, issues, update } = props;
	const s = persona.schedule;
	const setSchedule = <K extends keyof WeeklySchedule>(key: K, value: WeeklySchedule[K]) =>
		update((p) => ({ ...p, schedule: { ...p.schedule, [key]: value }, scheduleSource: 'eigen' }));

	const parseTime: DraftParse<number> = (raw) => {
		const r = parseClock(raw);
		return r.ok ? r : { ok: false, error: fillTemplate(t.schedule.clockErrors[r.error], { raw: raw.trim() }) };
	};
	const clock = (key: ClockKey) => (
		<DraftField
			{...PB_DRAFT_FIELD}
			id={`pb-${key}`}
			label={t.schedule[key]}
			hint={t.schedule.clockHint}
			value={s[key]}
			format={formatClock}
			parse={parseTime}
			onCommit={(v) => setSchedule(key, v)}
			issue={issueText(t, issueFor(issues, key))}
		/>
	);
	const minutes = (key: MinutesKey, hint: string) => (
		<DraftField
			{...PB_DRAFT_FIELD}
			id={`pb-${key}`}
			label={t.schedule[key]}
			hint={hint}
			value={s[key]}
			format={String}
			parse={parseMinutesInput}
			onCommit={(v) => setSchedule(key, v)}
			inputMode="numeric"
		/>
	);
	const toggleDay = (day: number, on: boolean) =>
		setSchedule(
			'workDays',
			on ? [...new Set([...s.workDays, day])].sort((a, b) => a - b) : s.workDays.filter((d) => d !== day),
		);

	return (
		<>
			<fieldset class="pb-fieldset">
				<legend>{t.schedule.workDays}</legend>
				<div class="pb-days">
					{t.schedule.days.map((name, day) => (
						<label class="pb-choice" key={name}>
							<input
								type="checkbox"
								checked={s.workDays.includes(day)}
								onChange={(e) => toggleDay(day, e.currentTarget.checked)}
							/>
							{name}
						</label>
					))}
				</div>
			</fieldset>
			<fieldset class="pb-fieldset">
				<legend>{t.schedule.workHeading}</legend>
				<div class="pb-grid">
					{clock('workStart')}
					{clock('workEnd')}
					{minutes('commuteMinutes', t.schedule.minutesHint)}
					{clock('lunchStart')}
					{minutes('lunchMinutes', t.schedule.minutesHint)}
					{minutes('marginMinutes', t.schedule.marginHint)}
				</div>
			</fieldset>
			<fieldset class="pb-fieldset">
				<legend>{t.schedule.freeHeading}</legend>
				<div class="pb-grid">
					{clock('eveningStart')}
					{clock('eveningEnd')}
					{clock('weekendWake')}
					{clock('weekendSleep')}
				</div>
			</fieldset>
			<p class="pb-hint">
				{persona.scheduleSource === 'eigen' ? (
					t.schedule.confirmed
				) : (
					<>
						{t.schedule.standard}{' '}
						<button type="button" onClick={() => update((p) => ({ ...p, scheduleSource: 'eigen' }))}>
							{t.schedule.confirm}
						</button>
					</>
				)}
			</p>
			<h3 class="pb-subheading">{t.schedule.summaryHeading}</h3>
			<OnlineWindows schedule={s} t={t} />
			<p>
				<a href="/rechner/posting-zeiten/">{t.schedule.timingLink}</a>
			</p>
			<FieldsStep {...props} fields={['scheduleNote']} />
		</>
	);
}
