/** What a decision led to: the decision, its consequence, the changed indicators and why they moved. */
import type { JSX, RefObject } from 'preact';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import type { PlayedStep } from '../replay';
import type { Summary } from '../indicators';
import { IndicatorPanel } from './IndicatorPanel';
import { Cite, Paragraphs } from './Text';
import type { Citation } from '../load';

interface Props {
	step: PlayedStep;
	now: Summary;
	before: Summary;
	values: Record<string, string>;
	citations: Record<string, Citation>;
	isLast: boolean;
	onNext: () => void;
	t: PlanspielStrings;
	headingRef: RefObject<HTMLHeadingElement>;
	idPrefix: string;
}

export function Consequence({
	step,
	now,
	before,
	values,
	citations,
	isLast,
	onNext,
	t,
	headingRef,
	idPrefix,
}: Props): JSX.Element {
	const c = t.consequence;
	const label = fillTemplate(step.choice.label, values);
	return (
		<section class="ps-consequence" aria-labelledby={`${idPrefix}-folge`}>
			<p class="ps-time">{step.round.time}</p>
			<h2 id={`${idPrefix}-folge`} tabIndex={-1} ref={headingRef}>
				{c.heading}
			</h2>
			<p class="ps-chosen">{fillTemplate(step.timedOut ? c.timedOut : c.chosen, { choice: label })}</p>
			<Paragraphs text={step.choice.consequence} values={values} />
			{step.choice.sources.length > 0 && (
				<p class="ps-material-sources">
					<Cite ids={step.choice.sources} citations={citations} />
				</p>
			)}
			<IndicatorPanel
				now={now}
				before={before}
				t={t.indicators}
				headingId={`${idPrefix}-changes`}
				level={3}
				heading={c.changes}
			/>
			<p class="ps-reason">{step.choice.effects.reason}</p>
			<button type="button" class="button-primary" onClick={onNext}>
				{isLast ? c.toDebrief : c.next}
			</button>
		</section>
	);
}
