/**
 * „Wie wird das berechnet?“: the formulas, the costs of the decisions so far with their inputs,
 * the points per decision with their reasons, the workload with chapter 3's model and every
 * figure of the model marked as fact (with source) or assumption (with reason).
 */
import type { JSX } from 'preact';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import { formatEuro, formatNumber, formatPercent, formatSignedNumber } from '../../lib/number';
import type { PlanspielData } from '../../schemas/planspiel';
import { formatFigure, formatHours } from '../format';
import type { CostLine, Summary } from '../indicators';
import type { Citation } from '../load';
import type { PlayedStep } from '../replay';
import { Cite } from './Text';

interface Props {
	s: PlanspielData;
	costs: readonly CostLine[];
	summary: Summary;
	played: readonly PlayedStep[];
	overrides: Record<string, string>;
	values: Record<string, string>;
	citations: Record<string, Citation>;
	t: PlanspielStrings['how'];
}

function costText(c: CostLine, t: PlanspielStrings['how']): string {
	const i = c.input;
	const o = i.orderValue === null ? '' : formatEuro(i.orderValue);
	const m = i.marginPercent === null ? '' : formatPercent(i.marginPercent, 1);
	const rest =
		c.kind === 'ausliefern'
			? fillTemplate(t.costHonourRest, { o, m })
			: fillTemplate(i.orderValue === null ? t.costVoucherRest : t.costVoucherMargin, {
					r: formatPercent(i.redemptionPercent ?? 0, 1),
					o,
					m,
				});
	return fillTemplate(t.costLine, {
		label: c.label,
		n: formatNumber(i.recipients, 0),
		v: formatEuro(i.voucher),
		rest,
		net: formatEuro(c.netCost, 0),
		max: formatEuro(c.maxCost, 0),
	});
}

export function HowComputed({ s, costs, summary, played, overrides, values, citations, t }: Props): JSX.Element {
	const w = summary.workload;
	const minutes = s.figures[s.staffing.minutesPerMessage];
	return (
		<details class="ps-how">
			<summary>{t.summary}</summary>
			<p>{t.intro}</p>
			<h3>{t.costHeading}</h3>
			<p>{t.costFormula}</p>
			{costs.length === 0 ? (
				<p>{t.costNone}</p>
			) : (
				<ul>
					{costs.map((c, i) => (
						<li key={i}>{costText(c, t)}</li>
					))}
				</ul>
			)}
			<p>
				<a href="/rechner/kulanz/">{t.costCalculator}</a>
			</p>
			<h3>{t.pointsHeading}</h3>
			<p>{t.points}</p>
			{played.length === 0 ? (
				<p>{t.pointsNone}</p>
			) : (
				<ul>
					{played.map((p) => (
						<li key={p.round.id}>
							{fillTemplate(t.pointsLine, {
								round: p.round.short,
								choice: fillTemplate(p.choice.label, values),
								sentiment: formatSignedNumber(p.choice.effects.sentiment, 0),
								legal: formatSignedNumber(p.choice.effects.legalRisk, 0),
								messages: formatSignedNumber(p.choice.effects.messages, 0),
							})}{' '}
							{p.choice.effects.reason}
						</li>
					))}
				</ul>
			)}
			<h3>{t.workloadHeading}</h3>
			<p>
				{fillTemplate(t.workloadFormula, {
					minutes: minutes ? formatFigure(minutes, minutes.value) : '',
					base: formatNumber(w.baseHours, 1),
				})}
			</p>
			<p>
				{fillTemplate(t.workloadModel, {
					year: w.year,
					wage: formatEuro(w.wage),
					minijob: formatHours(w.minijobHoursPerDay),
					hours: formatHours(w.hoursPerDay),
					staff: formatNumber(w.minijobStaff, 0),
					month: formatNumber(w.hoursPerMonth, 0),
					pay: formatEuro(w.payPerMonth, 0),
				})}
			</p>
			<p>
				<a href="/rechner/echtzeit-budget/">{t.workloadCalculator}</a>
			</p>
			<h3>{t.figuresHeading}</h3>
			<div class="ps-table-wrap">
				<table class="ps-table">
					<thead>
						<tr>
							<th scope="col">{t.figureName}</th>
							<th scope="col">{t.figureValue}</th>
							<th scope="col">{t.figureKind}</th>
							<th scope="col">{t.figureBasis}</th>
						</tr>
					</thead>
					<tbody>
						{Object.entries(s.figures).map(([name, f]) => (
							<tr key={name}>
								<th scope="row">{f.label}</th>
								<td class="ps-num">{formatFigure(f, f.value)}</td>
								<td>
									{t[f.kind]}
									{overrides[name] && overrides[name] !== name && (
										<span class="ps-detail">
											{fillTemplate(t.replaced, { other: s.figures[overrides[name]]?.label ?? '' })}
										</span>
									)}
								</td>
								<td>
									{f.note} <Cite ids={f.sources} citations={citations} />
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</details>
	);
}
