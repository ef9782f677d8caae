/**
 * The end of a game: how it ends in the model, the path next to what really happened, the
 * indicators over time, the chapter's positions on this path, three reflection questions, the
 * group code – and a print layout that fits on one page (planspiel.css, `html[data-druck]`).
 */
import type { JSX, RefObject } from 'preact';
import { fillTemplate } from '../../lib/template';
import { ConfirmButton } from '../../components/forms/ConfirmButton';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import type { Ending, PlanspielData } from '../../schemas/planspiel';
import type { Citation } from '../load';
import type { PlayedStep, Snapshot } from '../replay';
import { IndicatorChart } from './IndicatorChart';
import { ShareCode } from './ShareCode';
import { Cite, Paragraphs } from './Text';

interface Props {
	s: PlanspielData;
	ending: Ending;
	played: readonly PlayedStep[];
	snapshots: readonly Snapshot[];
	values: Record<string, string>;
	citations: Record<string, Citation>;
	code: string;
	group: string;
	onGroup: (name: string) => void;
	compareHref: string;
	pageHref: string;
	trainer: boolean;
	onPrint: () => void;
	onRestart: () => void;
	t: PlanspielStrings;
	headingRef: RefObject<HTMLHeadingElement>;
	idPrefix: string;
}

export function Debrief(p: Props): JSX.Element {
	const { s, ending, t, idPrefix } = p;
	const d = t.debrief;
	const positions = new Map(s.positions.map((x) => [x.id, x]));
	return (
		<section class="ps-debrief" aria-labelledby={`${idPrefix}-debrief-h`}>
			<p class="ps-print-only ps-print-head">
				{fillTemplate(d.printedFrom, {
					title: s.title,
					url: `${typeof location === 'undefined' ? '' : location.host}${p.pageHref}`,
				})}
			</p>
			<h2 id={`${idPrefix}-debrief-h`} tabIndex={-1} ref={p.headingRef}>
				{fillTemplate(d.heading, { title: ending.title })}
			</h2>
			<Paragraphs text={ending.outcome} values={p.values} />
			{ending.sources.length > 0 && (
				<p class="ps-material-sources">
					<Cite ids={ending.sources} citations={p.citations} />
				</p>
			)}
			<h3>{d.pathHeading}</h3>
			<ol class="ps-path">
				{p.played.map((step) => (
					<li key={step.round.id}>
						<p class="ps-time">
							<span class="ps-time-long">{step.round.time}</span>
							{/* The short label keeps the printed page to one sheet. */}
							<span class="ps-time-short">{step.round.short}</span>
						</p>
						<dl>
							<div>
								<dt>{d.yours}</dt>
								<dd>
									{fillTemplate(step.choice.label, p.values)}{' '}
									{step.timedOut && <span class="ps-detail">{d.timedOut}</span>}
									{step.choice.historical && <span class="ps-badge ps-badge-same">{d.same}</span>}
								</dd>
							</div>
							<div>
								<dt>{d.actual}</dt>
								<dd>
									{fillTemplate(step.round.actual.text, p.values)}{' '}
									<Cite ids={step.round.actual.sources} citations={p.citations} />
								</dd>
							</div>
						</dl>
					</li>
				))}
			</ol>
			<h3>{d.chartHeading}</h3>
			<IndicatorChart snapshots={p.snapshots} t={t} idPrefix={idPrefix} />
			<h3>{d.viewsHeading}</h3>
			<div class="ps-debrief-text">
				<Paragraphs text={ending.debrief} values={p.values} />
			</div>
			<p>{d.viewsIntro}</p>
			<dl class="ps-views">
				{ending.views.map((v) => {
					const position = positions.get(v.position);
					return (
						<div key={v.position}>
							<dt>{position?.who}</dt>
							<dd>
								{v.text}{' '}
								<span class="ps-detail ps-stance">
									{fillTemplate(d.stance, { stance: position?.stance ?? '' })}{' '}
									<Cite ids={position?.sources ?? []} citations={p.citations} />
								</span>
							</dd>
						</div>
					);
				})}
			</dl>
			<h3>{d.reflectionHeading}</h3>
			<ol class="ps-reflection">
				{s.reflection.map((q) => (
					<li key={q}>{q}</li>
				))}
			</ol>
			<ShareCode
				code={p.code}
				group={p.group}
				onGroup={p.onGroup}
				compareHref={p.compareHref}
				t={d}
				idPrefix={idPrefix}
			/>
			{p.trainer && (
				<div class="trainer-notiz ps-trainer no-print" role="note" aria-label={t.round.trainerNote}>
					<p class="trainer-notiz-titel">{t.round.trainerNote}</p>
					<p>
						{d.trainerNote} <a href={p.compareHref}>{t.page.compareLink}</a>
					</p>
				</div>
			)}
			<div class="ps-actions no-print">
				<button type="button" class="button-primary" onClick={p.onPrint}>
					{d.print}
				</button>
				<ConfirmButton
					label={d.restart}
					question={d.restartConfirm}
					confirmLabel={d.restartYes}
					cancelLabel={d.restartCancel}
					onConfirm={p.onRestart}
					danger
				/>
			</div>
		</section>
	);
}
