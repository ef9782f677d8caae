/** Answer rate and response time per month, checked against the two published benchmarks. */
import type { JSX } from 'preact';
import type { KpiMonitoringStrings } from '../../i18n/de/kpi-monitoring';
import { formatNumber } from '../../lib/number';
import { serviceCheck } from './analysis';
import { formatValue } from './names';
import type { ParsedMonth } from './months';

interface Props {
	t: KpiMonitoringStrings['service'];
	months: readonly ParsedMonth[];
	names: readonly string[];
}

/** A dash that screen readers announce as its meaning („nicht erhoben“) instead of „Strich“. */
export function NotRecorded({ label }: { label: string }): JSX.Element {
	return (
		<>
			<span aria-hidden="true">–</span>
			<span class="visually-hidden">{label}</span>
		</>
	);
}

export function ServiceTable({ t, months, names }: Props): JSX.Element {
	const s = t;
	const none = <NotRecorded label={s.noneLabel} />;
	return (
		<section class="kpi-service" aria-labelledby="kpi-service-heading">
			<h2 id="kpi-service-heading">{s.heading}</h2>
			{/* Focusable, so that keyboard users can scroll the table on narrow screens. */}
			<div class="table-scroll" tabIndex={0} role="region" aria-label={s.caption}>
				<table>
					<caption class="visually-hidden">{s.caption}</caption>
					<thead>
						<tr>
							<th scope="col">{s.month}</th>
							<th scope="col" class="pl-num">
								{s.questions}
							</th>
							<th scope="col" class="pl-num">
								{s.answered}
							</th>
							<th scope="col" class="pl-num">
								{s.rate}
							</th>
							<th scope="col">{s.rateCheck}</th>
							<th scope="col" class="pl-num">
								{s.hours}
							</th>
							<th scope="col">{s.hoursCheck}</th>
						</tr>
					</thead>
					<tbody>
						{months.map((m, i) => {
							const c = serviceCheck(m);
							return (
								<tr key={m.id}>
									<th scope="row">{names[i]}</th>
									<td class="pl-num">{m.values.questions === null ? none : formatNumber(m.values.questions, 0)}</td>
									<td class="pl-num">{m.values.answered === null ? none : formatNumber(m.values.answered, 0)}</td>
									<td class="pl-num">{c.answerRate === null ? none : formatValue(c.answerRate, 'percent', '')}</td>
									<td>{c.meetsAnswerBenchmark === null ? none : c.meetsAnswerBenchmark ? s.meets : s.misses}</td>
									<td class="pl-num">
										{c.responseHours === null ? none : formatValue(c.responseHours, 'hours', s.hoursValue)}
									</td>
									<td>{c.withinHour === null ? none : c.withinHour ? s.within : s.notWithin}</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			<p class="pl-note">
				{s.answerBenchmark} <a href="/quellen/#memeburn-2012">{s.answerSource}</a>
			</p>
			<p class="pl-note">
				{s.responseBenchmark} <a href="/quellen/#lithium-2013">{s.responseSource}</a>
			</p>
		</section>
	);
}
