/**
 * Input island of the KPI-Monitoring: the monthly table (kept as typed in the store) and the CSV
 * exchange. The service table and the series cards are islands of their own beside it
 * (KpiMonitoringService, KpiMonitoringSeries), so that no hydration task grows with all of them.
 * During hydration it renders the defaults exactly as the server did and switches to the stored
 * table once mounted.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { addKpiMonth, resetKpiMonths } from '../../stores/kpi-monitoring';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import { fillTemplate } from '../../lib/template';
import { CsvPanel } from './CsvPanel';
import { MonthFieldset } from './MonthFieldset';
import { MAX_MONTHS, MIN_MONTHS, parseMonth } from './months';
import { useKpiMonths } from './use-kpi-months';

export default function KpiMonitoringInputs({ t }: { t: KpiMonitoringStrings }): JSX.Element {
	const f = t.form;
	const { drafts, parsed, names } = useKpiMonths(f);
	const hasErrors = parsed.some((m) => Object.keys(m.errors).length > 0);
	const [focusId, setFocusId] = useState<string | null>(null);
	const addButton = useRef<HTMLButtonElement>(null);

	// After adding a month the focus moves into it, after removing one back to the add button,
	// so that keyboard users are not dropped at the top of the page.
	useEffect(() => {
		if (!focusId) return;
		if (focusId === 'add') addButton.current?.focus();
		else document.getElementById(focusId)?.focus();
		setFocusId(null);
	}, [focusId]);

	return (
		<>
			<form aria-labelledby="kpi-form-heading" onSubmit={(e) => e.preventDefault()}>
				<h2 id="kpi-form-heading">{f.heading}</h2>
				<p class="pl-note">{f.intro}</p>
				<div class="kpi-months">
					{drafts.map((d, i) => (
						<MonthFieldset
							key={d.id}
							t={t}
							draft={d}
							parsed={parsed[i] ?? parseMonth(d, { answeredAboveQuestions: f.answeredAboveQuestions })}
							name={names[i] ?? ''}
							canRemove={drafts.length > MIN_MONTHS}
							onRemoved={() => setFocusId('add')}
						/>
					))}
				</div>
				{drafts.length <= MIN_MONTHS && (
					<p id="kpi-min-months" class="pl-note">
						{f.minMonths}
					</p>
				)}
				<div class="pl-actions">
					<button
						type="button"
						ref={addButton}
						class="button-primary"
						disabled={drafts.length >= MAX_MONTHS}
						onClick={() => {
							const id = addKpiMonth();
							if (id) setFocusId(`kpi-${id}-label`);
						}}
					>
						{f.add}
					</button>
					<ConfirmButton
						label={f.reset}
						question={f.resetQuestion}
						confirmLabel={f.resetYes}
						cancelLabel={f.resetCancel}
						onConfirm={resetKpiMonths}
						danger
					/>
				</div>
				{drafts.length >= MAX_MONTHS && <p class="pl-note">{fillTemplate(f.maxMonths, { max: MAX_MONTHS })}</p>}
			</form>
			<CsvPanel t={t} months={parsed} hasErrors={hasErrors} />
		</>
	);
}
