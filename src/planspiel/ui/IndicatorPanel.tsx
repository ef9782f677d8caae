/**
 * The four indicators as a description list: value, what it means, and – after a decision – the
 * change. Every value is a model value; the note says so and points to „Wie wird das berechnet?“.
 */
import type { JSX } from 'preact';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import { formatEuro, formatSignedNumber } from '../../lib/number';
import { bandLabel, formatHours, formatSignedEuro } from '../format';
import { LEGAL_RANGE, SENTIMENT_RANGE, type Summary } from '../indicators';

interface Props {
	now: Summary;
	/** Values before the last decision; shows the changes when given. */
	before?: Summary | undefined;
	t: PlanspielStrings['indicators'];
	headingId: string;
	/** Heading level: 2 in the game, 3 inside the consequence. */
	level?: 2 | 3;
	heading?: string;
}

export function IndicatorPanel({ now, before, t, headingId, level = 2, heading }: Props): JSX.Element {
	const H = level === 2 ? 'h2' : 'h3';
	const change = (delta: number, format: (d: number) => string) =>
		before ? (
			<span class="ps-delta">
				{Math.abs(delta) < 1e-9 ? t.unchanged : fillTemplate(t.change, { delta: format(delta) })}
			</span>
		) : null;
	const points = (d: number) => formatSignedNumber(d, 0);
	const w = now.workload;
	const staff = fillTemplate(t.workloadDetail, { staff: w.minijobStaff });
	return (
		<section class="ps-indicators" aria-labelledby={headingId}>
			<H id={headingId}>{heading ?? t.heading}</H>
			<dl class="ps-indicator-list">
				<div class="ps-indicator" data-indicator="cost">
					<dt>{t.cost}</dt>
					<dd>
						<strong>{formatEuro(now.netCost, 0)}</strong>
						<span class="ps-detail">
							{now.maxCost > 0 ? fillTemplate(t.costDetail, { max: formatEuro(now.maxCost, 0) }) : t.costNone}
						</span>
						{change(now.netCost - (before?.netCost ?? 0), formatSignedEuro)}
					</dd>
				</div>
				<div class="ps-indicator" data-indicator="sentiment">
					<dt>{t.sentiment}</dt>
					<dd>
						<strong>{bandLabel(now.sentiment, SENTIMENT_RANGE, t.sentimentBands)}</strong>
						<span class="ps-detail">
							{fillTemplate(t.sentimentScale, { value: formatSignedNumber(now.sentiment, 0) })}
						</span>
						{change(now.sentiment - (before?.sentiment ?? 0), points)}
					</dd>
				</div>
				<div class="ps-indicator" data-indicator="legal">
					<dt>{t.legal}</dt>
					<dd>
						<strong>{bandLabel(now.legalRisk, LEGAL_RANGE, t.legalBands)}</strong>
						<span class="ps-detail">{fillTemplate(t.legalScale, { value: now.legalRisk })}</span>
						{change(now.legalRisk - (before?.legalRisk ?? 0), points)}
					</dd>
				</div>
				<div class="ps-indicator" data-indicator="workload">
					<dt>{t.workload}</dt>
					<dd>
						<strong>
							{w.hoursPerDay > 0
								? fillTemplate(t.workloadValue, { hours: formatHours(w.hoursPerDay) })
								: t.workloadNone}
						</strong>
						{w.hoursPerDay > 0 && <span class="ps-detail">{staff}</span>}
						{change(w.hoursPerDay - (before?.workload.hoursPerDay ?? 0), (d) => formatSignedNumber(d, 1))}
					</dd>
				</div>
			</dl>
			<p class="ps-note">{t.note}</p>
		</section>
	);
}
