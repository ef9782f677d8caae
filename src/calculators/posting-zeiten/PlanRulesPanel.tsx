/** Constraints of the plan: posts per week, minimum gap, nights and days without posts. */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import { $postingModel, $postingSettings, updatePostingSettings } from '../../stores/posting-zeiten';
import { Field } from '../../components/forms/Field';
import { PZ_FIELD } from './field-look';
import { fillTemplate } from '../../lib/template';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function PlanRulesPanel({ t }: { t: PostingZeitenStrings }): JSX.Element {
	const settings = useStore($postingSettings);
	const { numbers } = useStore($postingModel);
	const withFallback = (error: string | undefined, value: number) =>
		error ? `${error} ${fillTemplate(t.plan.fallback, { value: formatNumber(value) })}` : undefined;
	const hourSelect = (id: string, label: string, value: number, key: 'nightStart' | 'nightEnd') => (
		<div class="pz-field pz-inline">
			<label for={id}>{label}</label>
			<select
				id={id}
				value={value}
				disabled={!settings.excludeNights}
				onChange={(e) => updatePostingSettings({ [key]: Number(e.currentTarget.value) })}
			>
				{HOURS.map((h) => (
					<option key={h} value={h}>
						{fillTemplate(t.hourLabel, { hour: String(h).padStart(2, '0') })}
					</option>
				))}
			</select>
		</div>
	);
	const toggleDay = (day: number, on: boolean): void => {
		const days = new Set(settings.excludedDays);
		if (on) days.add(day);
		else days.delete(day);
		updatePostingSettings({ excludedDays: [...days].sort((a, b) => a - b) });
	};
	return (
		<section class="pz-panel" aria-labelledby="pz-plan-heading">
			<h2 id="pz-plan-heading">5. {t.plan.heading}</h2>
			<div class="pz-grid">
				<Field
					{...PZ_FIELD}
					id="pz-posts"
					label={t.plan.postsPerWeek}
					value={settings.postsPerWeek}
					inputMode="numeric"
					error={withFallback(numbers.errors.postsPerWeek, numbers.postsPerWeek)}
					onInput={(postsPerWeek) => updatePostingSettings({ postsPerWeek })}
				/>
				<Field
					{...PZ_FIELD}
					id="pz-gap"
					label={t.plan.minGap}
					value={settings.minGapHours}
					inputMode="numeric"
					error={withFallback(numbers.errors.minGapHours, numbers.minGapHours)}
					onInput={(minGapHours) => updatePostingSettings({ minGapHours })}
				/>
			</div>
			<div class="pz-check">
				<input
					id="pz-nights"
					type="checkbox"
					checked={settings.excludeNights}
					onChange={(e) => updatePostingSettings({ excludeNights: e.currentTarget.checked })}
				/>
				<label for="pz-nights">{t.plan.excludeNights}</label>
			</div>
			<div class="pz-row">
				{hourSelect('pz-night-start', t.plan.nightFrom, settings.nightStart, 'nightStart')}
				{hourSelect('pz-night-end', t.plan.nightTo, settings.nightEnd, 'nightEnd')}
			</div>
			<fieldset class="pz-days">
				<legend>{t.plan.excludedDays}</legend>
				{t.dayShort.map((name, day) => (
					<span class="pz-check" key={name}>
						<input
							id={`pz-noday-${day}`}
							type="checkbox"
							checked={settings.excludedDays.includes(day)}
							onChange={(e) => toggleDay(day, e.currentTarget.checked)}
						/>
						<label for={`pz-noday-${day}`}>
							<abbr title={t.dayNames[day]}>{name}</abbr>
						</label>
					</span>
				))}
			</fieldset>
		</section>
	);
}
