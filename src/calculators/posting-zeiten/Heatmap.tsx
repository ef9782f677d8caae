/**
 * Weekday × hour heatmap of audience, competition or score. The coloured grid is for sighted
 * users (intensity as one of ten classes, since CSP forbids inline styles); planned hours carry a
 * ● and excluded ones a hatch, so colour is never the only cue. The same numbers are available as
 * a real table for screen readers and keyboard users. The grid itself is one HTML string
 * (heatmap-grid.ts), so hydrating the island does not walk its 200 cells.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { PostingZeitenStrings } from '../../i18n/de/posting-zeiten';
import { formatNumber } from '../../lib/number';
import type { HeatmapView } from './settings';
import { slotText } from './describe';
import { heatmapGridHtml, peakOf } from './heatmap-grid';
import { fillTemplate } from '../../lib/template';
import { DAYS_PER_WEEK, HOURS_PER_DAY, toSlot } from './week';

interface Props {
	t: PostingZeitenStrings;
	view: HeatmapView;
	/** Values to show (indices 0–100 or counts). */
	values: ArrayLike<number>;
	planned: ReadonlySet<number>;
	allowed: ArrayLike<boolean>;
}

const DAYS = Array.from({ length: DAYS_PER_WEEK }, (_, d) => d);
const HOURS = Array.from({ length: HOURS_PER_DAY }, (_, h) => h);

export function Heatmap({ t, view, values, planned, allowed }: Props): JSX.Element {
	const { max, slot: peak } = peakOf(values);
	const viewName = t.results.views[view];
	const [tableOpen, setTableOpen] = useState(false);
	return (
		<figure class="pz-heatmap-figure">
			<div
				class="pz-heatmap"
				aria-hidden="true"
				data-view={view}
				dangerouslySetInnerHTML={{ __html: heatmapGridHtml({ dayShort: t.dayShort, values, planned, allowed }) }}
			/>
			<figcaption>
				<span>{t.results.viewHints[view]}</span>{' '}
				{max > 0 && <span>{fillTemplate(t.results.peak, { slot: slotText(t, peak) })}</span>}
				<span class="pz-legend" aria-hidden="true">
					<span>{t.results.legendLow}</span>
					{Array.from({ length: 10 }, (_, l) => (
						<span key={l} class={`pz-cell pz-l${l}`} />
					))}
					<span>{t.results.legendHigh}</span>
					<span>{t.results.legendPlanned}</span>
					<span>{t.results.legendExcluded}</span>
				</span>
			</figcaption>
			<details class="pz-table-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
				<summary>{t.results.tableToggle}</summary>
				{/* Built when opened, not before: its 168 cells were a third of what the results island
				    hydrated on load (issue 14). Closed, it shows nothing anyway. The region is focusable
				    so keyboard users can scroll the wide table (WCAG 2.1.1). */}
				{tableOpen && (
					<div
						class="table-scroll"
						tabIndex={0}
						role="region"
						aria-label={fillTemplate(t.results.tableCaption, { view: viewName })}
					>
						<table class="pz-table">
							<caption>{fillTemplate(t.results.tableCaption, { view: viewName })}</caption>
							<thead>
								<tr>
									<th scope="col">{t.results.dayHeader}</th>
									{HOURS.map((h) => (
										<th key={h} scope="col">
											{fillTemplate(t.hourLabel, { hour: h })}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{DAYS.map((d) => (
									<tr key={d}>
										<th scope="row">{t.dayNames[d]}</th>
										{HOURS.map((h) => {
											const s = toSlot(d, h);
											return (
												<td key={h}>
													{formatNumber(values[s] ?? 0, view === 'competition' ? 1 : 0)}
													{planned.has(s) && (
														<>
															<span aria-hidden="true"> ●</span>
															<span class="visually-hidden">{t.results.plannedSuffix}</span>
														</>
													)}
												</td>
											);
										})}
									</tr>
								))}
							</tbody>
						</table>
					</div>
				)}
			</details>
		</figure>
	);
}
