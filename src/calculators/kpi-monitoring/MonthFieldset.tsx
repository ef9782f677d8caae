/** The fields of one month: label, the six chapter measures and the three service measures. */
import type { JSX } from 'preact';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { removeKpiMonth, setKpiLabel, setKpiValue } from '../../stores/kpi-monitoring';
import { fillTemplate } from '../../lib/template';
import { Field } from '../../components/forms/Field';
import { PL_FIELD } from '../../components/planung/field-look';
import { CHAPTER_MEASURES, isCount, SERVICE_MEASURES, type MeasureId } from './measures';
import { MAX_LABEL, type MonthDraft, type ParsedMonth } from './months';

interface Props {
	t: KpiMonitoringStrings;
	draft: MonthDraft;
	parsed: ParsedMonth;
	name: string;
	canRemove: boolean;
	onRemoved: () => void;
}

export function MonthFieldset({ t, draft, parsed, name, canRemove, onRemoved }: Props): JSX.Element {
	const f = t.form;
	const field = (m: MeasureId) => (
		<Field
			{...PL_FIELD}
			key={m}
			id={`kpi-${draft.id}-${m}`}
			label={t.measures[m]}
			value={draft.values[m]}
			error={parsed.errors[m]}
			hint={m === 'responseHours' ? f.responseHint : undefined}
			inputMode={isCount(m) ? 'numeric' : 'decimal'}
			onInput={(v) => setKpiValue(draft.id, m, v)}
		/>
	);
	return (
		<fieldset class="pl-fieldset kpi-month">
			<legend>{fillTemplate(f.monthLegend, { month: name })}</legend>
			<Field
				{...PL_FIELD}
				id={`kpi-${draft.id}-label`}
				label={f.label}
				value={draft.label}
				hint={f.labelHint}
				inputMode="text"
				maxLength={MAX_LABEL}
				onInput={(v) => setKpiLabel(draft.id, v)}
			/>
			<p class="kpi-group">{f.chapterGroup}</p>
			<div class="pl-grid">{CHAPTER_MEASURES.map(field)}</div>
			<p class="kpi-group">{f.serviceGroup}</p>
			<div class="pl-grid">{SERVICE_MEASURES.map(field)}</div>
			<button
				type="button"
				class="kpi-remove"
				disabled={!canRemove}
				aria-describedby={canRemove ? undefined : 'kpi-min-months'}
				onClick={() => {
					removeKpiMonth(draft.id);
					onRemoved();
				}}
			>
				{fillTemplate(f.remove, { month: name })}
			</button>
		</fieldset>
	);
}
