/**
 * The indicators over time as four small SVG charts (one per indicator, each on its own scale)
 * and the same values as a table – the table is the text alternative and is always shown.
 */
import type { JSX } from 'preact';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import { formatEuro, formatSignedNumber } from '../../lib/number';
import { domainFor, smallChart, SMALL_BOX } from '../chart';
import { formatHours } from '../format';
import { LEGAL_RANGE, SENTIMENT_RANGE } from '../indicators';
import type { Snapshot } from '../replay';

type Key = 'netCost' | 'sentiment' | 'legalRisk' | 'hoursPerDay';

interface Series {
	key: Key;
	label: string;
	fixed: readonly [number, number] | null;
	format: (v: number) => string;
}

interface Props {
	snapshots: readonly Snapshot[];
	t: PlanspielStrings;
	idPrefix: string;
}

export function IndicatorChart({ snapshots, t, idPrefix }: Props): JSX.Element {
	const i = t.indicators;
	const series: Series[] = [
		{ key: 'netCost', label: i.cost, fixed: null, format: (v) => formatEuro(v, 0) },
		{ key: 'sentiment', label: i.sentiment, fixed: SENTIMENT_RANGE, format: (v) => formatSignedNumber(v, 0) },
		{ key: 'legalRisk', label: i.legal, fixed: LEGAL_RANGE, format: (v) => String(v) },
		{
			key: 'hoursPerDay',
			label: i.workload,
			fixed: null,
			format: (v) => fillTemplate(i.workloadValue, { hours: formatHours(v) }),
		},
	];
	const b = SMALL_BOX;
	const right = b.width - b.right;
	const first = snapshots[0]?.label ?? '';
	const last = snapshots[snapshots.length - 1]?.label ?? '';
	return (
		<div class="ps-chart-block">
			<div class="ps-charts">
				{series.map((s) => {
					const values = snapshots.map((p) => p[s.key]);
					const c = smallChart(values, domainFor(values, s.fixed));
					const id = `${idPrefix}-chart-${s.key}`;
					return (
						<svg
							key={s.key}
							class="ps-chart"
							viewBox={`0 0 ${b.width} ${b.height}`}
							role="img"
							aria-labelledby={`${id}-t`}
							aria-describedby={`${id}-d`}
						>
							<title id={`${id}-t`}>{fillTemplate(t.debrief.chartTitle, { indicator: s.label })}</title>
							<desc id={`${id}-d`}>
								{fillTemplate(t.debrief.chartDesc, {
									indicator: s.label,
									from: s.format(values[0] ?? 0),
									to: s.format(values[values.length - 1] ?? 0),
								})}
							</desc>
							<text class="ps-chart-title" x={b.left} y={16}>
								{s.label}
							</text>
							<line class="ps-grid" x1={b.left} x2={right} y1={c.topY} y2={c.topY} />
							<line class="ps-grid" x1={b.left} x2={right} y1={c.baseY} y2={c.baseY} />
							{c.zeroY !== null && (
								<line class="ps-grid ps-grid-zero" x1={b.left} x2={right} y1={c.zeroY} y2={c.zeroY} />
							)}
							<text class="ps-axis ps-axis-end" x={right} y={c.topY - 5}>
								{s.format(c.domain[1])}
							</text>
							<text class="ps-axis ps-axis-end" x={right} y={c.baseY - 5}>
								{s.format(c.domain[0])}
							</text>
							{c.points.length > 1 && <polyline class="ps-line" points={c.line} />}
							{c.points.map((p, k) => (
								<circle key={k} class="ps-dot" cx={p.x} cy={p.y} r={3} />
							))}
							<text class="ps-axis" x={b.left} y={b.height - 6}>
								{first}
							</text>
							<text class="ps-axis ps-axis-end" x={right} y={b.height - 6}>
								{last}
							</text>
						</svg>
					);
				})}
			</div>
			{/* A caption inside a sideways-scrolling table would be cut off on phones, so the title sits above. */}
			<p id={`${idPrefix}-table-t`} class="ps-table-title">
				{t.debrief.tableCaption}
			</p>
			<div class="ps-table-wrap" role="region" aria-labelledby={`${idPrefix}-table-t`} tabIndex={0}>
				<table class="ps-table ps-table-indicators" aria-labelledby={`${idPrefix}-table-t`}>
					<thead>
						<tr>
							<th scope="col">{t.debrief.when}</th>
							{series.map((s) => (
								<th key={s.key} scope="col">
									{s.label}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{snapshots.map((p, k) => (
							<tr key={k}>
								<th scope="row">{p.label}</th>
								{series.map((s) => (
									<td key={s.key} class="ps-num">
										{s.format(p[s.key])}
									</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
