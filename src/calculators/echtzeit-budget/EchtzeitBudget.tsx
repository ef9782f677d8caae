/**
 * Island of the Echtzeit-Budget: the form writes the typed text into the store, the pure modules
 * compute, and the verdict says in words what the figures mean. During hydration it renders the
 * defaults, exactly as the server did, and switches to the stored settings once mounted.
 */
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import { formatEuro, formatNumber, formatPercent } from '../../lib/number';
import {
	$echtzeitBudget,
	resetEchtzeitBudget,
	setEchtzeitBudgetYear,
	updateEchtzeitBudget,
} from '../../stores/echtzeit-budget';
import type { EchtzeitBudgetStrings } from '../../i18n/de/echtzeit-budget';
import { useHydrated } from '../../components/use-hydrated';
import { fillTemplate } from '../../lib/template';
import { Field } from '../../components/forms/Field';
import { PL_FIELD } from '../../components/planung/field-look';
import { ResultList } from '../../components/planung/ResultList';
import {
	applicableYear,
	computeBudget,
	EMPLOYMENTS,
	MINDESTLOHN,
	minijobLimit,
	YEARS,
	type BudgetInput,
	type BudgetResult,
	type Year,
} from './budget';
import { DEFAULT_BUDGET_SETTINGS, followDate, resolveBudget, type BudgetField, type BudgetSettings } from './settings';
import { buildVerdict } from './verdict';

interface Props {
	t: EchtzeitBudgetStrings;
	/** When the page was built (ISO 8601): the date of the first render, which must match the server's. */
	built: string;
}

/** Which year's values apply, and why: today's, the last known ones, or the reader's choice. */
function yearNote(f: EchtzeitBudgetStrings['form'], s: BudgetSettings, now: Date): string {
	const { calendarYear, standIn } = applicableYear(now);
	const values = {
		year: s.year,
		calendarYear,
		minimumWage: formatEuro(MINDESTLOHN[s.year]),
		limit: formatEuro(minijobLimit(MINDESTLOHN[s.year]), 0),
	};
	if (s.yearChosen) return fillTemplate(f.yearChosenNote, values);
	if (standIn === 'last') return fillTemplate(f.yearLastKnownNote, values);
	if (standIn === 'first') return fillTemplate(f.yearFirstKnownNote, values);
	return fillTemplate(f.yearTodayNote, values);
}

export function EchtzeitBudget({ t, built }: Props): JSX.Element {
	const hydrated = useHydrated();
	const stored = useStore($echtzeitBudget);
	// The statutory values change on 1 January: the year follows the reader's date, not the build's.
	const now = hydrated ? new Date() : new Date(built);
	const s = followDate(hydrated ? stored : DEFAULT_BUDGET_SETTINGS, now);
	const f = t.form;
	const { input, errors } = resolveBudget(s);
	const result = input ? computeBudget(input) : null;
	const minimumWage = formatEuro(MINDESTLOHN[s.year]);
	const field = (id: BudgetField, label: string, hint?: string, inputMode: 'decimal' | 'numeric' = 'decimal') => (
		<Field
			{...PL_FIELD}
			id={`eb-${id}`}
			label={label}
			value={s[id]}
			hint={hint}
			error={errors[id]}
			inputMode={inputMode}
			warning={
				id === 'wage' && result?.belowMinimumWage
					? fillTemplate(f.wageBelowMinimum, { year: s.year, minimumWage })
					: undefined
			}
			onInput={(value) => updateEchtzeitBudget({ [id]: value } as Partial<Record<BudgetField, string>>)}
		/>
	);

	return (
		<div class="pl">
			<form class="pl-form" aria-labelledby="eb-heading" onSubmit={(e) => e.preventDefault()}>
				<h2 id="eb-heading">{f.heading}</h2>
				<fieldset class="pl-fieldset">
					<legend>{f.time}</legend>
					<div class="pl-grid">
						{field('hoursPerDay', f.hoursPerDay, f.hoursPerDayHint)}
						{field('daysPerWeek', f.daysPerWeek, undefined, 'numeric')}
					</div>
				</fieldset>
				<fieldset class="pl-fieldset">
					<legend>{f.employment}</legend>
					<div class="pl-choices">
						{EMPLOYMENTS.map((e) => (
							<span class="pl-choice" key={e}>
								<input
									type="radio"
									id={`eb-employment-${e}`}
									name="eb-employment"
									value={e}
									checked={s.employment === e}
									onChange={() => updateEchtzeitBudget({ employment: e })}
								/>
								<label for={`eb-employment-${e}`}>{f.employments[e]}</label>
							</span>
						))}
					</div>
				</fieldset>
				<fieldset class="pl-fieldset">
					<legend>{f.pay}</legend>
					<div class="pl-grid">
						<div class="pl-field">
							<label for="eb-year">{f.year}</label>
							<select
								id="eb-year"
								aria-describedby="eb-year-note"
								value={s.yearChosen ? String(s.year) : 'datum'}
								onChange={(e) => {
									const value = e.currentTarget.value;
									setEchtzeitBudgetYear(value === 'datum' ? 'datum' : (Number(value) as Year));
								}}
							>
								<option value="datum">{fillTemplate(f.yearByDate, { year: applicableYear(now).year })}</option>
								{YEARS.map((y) => (
									<option key={y} value={String(y)}>
										{y}
									</option>
								))}
							</select>
							<p id="eb-year-note" class={PL_FIELD.hintClass}>
								{yearNote(f, s, now)}
							</p>
						</div>
						{field('wage', f.wage, fillTemplate(f.wageHint, { year: s.year, minimumWage }))}
					</div>
				</fieldset>
				<fieldset class="pl-fieldset">
					<legend>{f.costs}</legend>
					<div class="pl-grid">
						{field('commission', f.commission, f.commissionHint)}
						{field('surcharge', f.surcharge, f.surchargeHint)}
						{field('businesses', f.businesses, f.businessesHint, 'numeric')}
					</div>
				</fieldset>
				<div class="pl-actions">
					<button type="button" onClick={resetEchtzeitBudget}>
						{f.reset}
					</button>
				</div>
			</form>
			<BudgetResults t={t} input={input} result={result} />
		</div>
	);
}

interface ResultsProps {
	t: EchtzeitBudgetStrings;
	input: BudgetInput | null;
	result: BudgetResult | null;
}

function BudgetResults({ t, input, result }: ResultsProps): JSX.Element {
	const r = t.results;
	return (
		<section class="pl-results" aria-labelledby="eb-results-heading">
			<h2 id="eb-results-heading">{r.heading}</h2>
			<div role="status">
				{!input || !result ? <p>{r.fixErrors}</p> : <Verdict t={t} input={input} result={result} />}
			</div>
			{input && result && (
				<ResultList
					items={[
						{ label: r.hoursPerWeek, value: formatNumber(result.hoursPerWeek, 2) },
						{ label: r.hoursPerMonth, value: formatNumber(result.hoursPerMonth, 1) },
						{ label: r.pay, value: formatEuro(result.pay), strong: true },
						{ label: fillTemplate(r.limit, { year: input.year }), value: formatEuro(result.limit, 0) },
						{
							label: r.maxHours,
							value: fillTemplate(r.maxHoursValue, { hours: formatNumber(result.maxMinijobHoursPerMonth, 1) }),
						},
						{
							label: r.surcharge,
							value:
								input.surchargePercent === null
									? r.surchargeNone
									: `${formatEuro(result.surcharge)} (${formatPercent(input.surchargePercent, 2)})`,
						},
						{ label: r.total, value: formatEuro(result.total), strong: true },
						{ label: r.perBusiness, value: formatEuro(result.perBusiness) },
						{ label: r.perYear, value: formatEuro(result.totalPerYear) },
					]}
				/>
			)}
		</section>
	);
}

function Verdict({
	t,
	input,
	result,
}: {
	t: EchtzeitBudgetStrings;
	input: BudgetInput;
	result: BudgetResult;
}): JSX.Element {
	const v = buildVerdict(input, result, t.verdict, t.form.employments);
	return (
		<div class={v.tone === 'warn' ? 'pl-verdict pl-verdict-warn' : 'pl-verdict'} data-tone={v.tone}>
			{v.sentences.map((text) => (
				<p key={text}>{text}</p>
			))}
		</div>
	);
}
