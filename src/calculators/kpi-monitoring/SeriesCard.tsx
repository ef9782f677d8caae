/** One series: the line chart and, as its alternative, a table with values and changes. */
import type { JSX } from 'preact';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { formatNumber, formatSignedNumber, formatSignedPercent } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import { seriesOf, seriesUnit, type SeriesId } from './analysis';
import { LineChart } from './LineChart';
import { formatValue } from './names';
import type { ParsedMonth } from './months';
import { NotRecorded } from './ServiceTable';

/** What one card needs of the dictionary (it is an island's prop, so no more than that). */
export interface SeriesStrings {
	series: KpiMonitoringStrings['series'];
	/** The series' name, e.g. „Interaktionen“. */
	measure: string;
	/** „{hours} Std.“ */
	hoursValue: string;
	/** What a dash in the table means to a screen reader („nicht erhoben“). */
	noneLabel: string;
}

interface Props {
	t: SeriesStrings;
	id: SeriesId;
	months: readonly ParsedMonth[];
	names: readonly string[];
}

export function SeriesCard({ t, id, months, names }: Props): JSX.Element {
	const s = t.series;
	const unit = seriesUnit(id);
	const points = seriesOf(months, id);
	const measure = t.measure;
	const format = (v: number) => formatValue(v, unit, t.hoursValue);
	const recorded = points.map((p, i) => ({ value: p.value, name: names[i] ?? '' })).filter((p) => p.value !== null);
	const first = recorded[0];
	const last = recorded[recorded.length - 1];
	const description =
		first && last && first.value !== null && last.value !== null
			? fillTemplate(s.chartDesc, {
					first: format(first.value),
					firstMonth: first.name,
					last: format(last.value),
					lastMonth: last.name,
					max: format(Math.max(...recorded.map((p) => p.value ?? 0))),
				})
			: s.chartEmpty;
	const none = <NotRecorded label={t.noneLabel} />;
	const absChange = (abs: number) =>
		unit === 'percent'
			? fillTemplate(s.points, { value: formatSignedNumber(abs, 1) })
			: unit === 'hours'
				? fillTemplate(t.hoursValue, { hours: formatSignedNumber(abs, 2) })
				: formatSignedNumber(abs, 0);
	return (
		<section class="kpi-card" aria-labelledby={`kpi-series-${id}`}>
			<h3 id={`kpi-series-${id}`}>{measure}</h3>
			<LineChart
				id={`kpi-chart-${id}`}
				values={points.map((p) => p.value)}
				firstName={names[0] ?? ''}
				lastName={names[names.length - 1] ?? ''}
				title={fillTemplate(s.chartTitle, { measure, count: formatNumber(months.length) })}
				description={description}
				format={format}
			/>
			{/* Focusable, so that keyboard users can scroll the table on narrow screens. */}
			<div class="table-scroll" tabIndex={0} role="region" aria-label={fillTemplate(s.caption, { measure })}>
				<table class="kpi-table">
					<caption class="visually-hidden">{fillTemplate(s.caption, { measure })}</caption>
					<thead>
						<tr>
							<th scope="col">{s.month}</th>
							<th scope="col" class="pl-num">
								{s.value}
							</th>
							<th scope="col" class="pl-num">
								{s.change}
							</th>
							{unit !== 'percent' && (
								<th scope="col" class="pl-num">
									{s.changePct}
								</th>
							)}
						</tr>
					</thead>
					<tbody>
						{points.map((p, i) => (
							<tr key={months[i]?.id ?? i}>
								<th scope="row">{names[i]}</th>
								<td class="pl-num">{p.value === null ? none : format(p.value)}</td>
								<td class="pl-num">{p.change ? absChange(p.change.abs) : none}</td>
								{unit !== 'percent' && (
									<td class="pl-num">
										{p.change === null ? (
											none
										) : p.change.pct === null ? (
											<NotRecorded label={s.noPct} />
										) : (
											formatSignedPercent(p.change.pct, 1)
										)}
									</td>
								)}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}
