/** The current step: heading, intro, the step's fields and the Zurück/Weiter buttons. */
import type { Ref } from 'preact';
import { BasicsStep } from './BasicsStep';
import { FieldsStep } from './FieldsStep';
import { MediaStep } from './MediaStep';
import { OverviewStep } from './OverviewStep';
import type { PlatformSelection } from '../../stores/plattformen';
import { PeopleStep } from './PeopleStep';
import type { Rung } from '../../lib/technographics-rungs';
import { ScheduleStep } from './ScheduleStep';
import type { StepProps } from './step-props';
import { moveStep, STEP_IDS, stepTitleKey, type StepId } from './steps';
import { fillTemplate } from '../../lib/template';

interface Props extends StepProps {
	step: StepId;
	onStep: (step: StepId) => void;
	headingRef: Ref<HTMLHeadingElement>;
	profileShares?: Partial<Record<Rung, number>> | undefined;
	onAdoptProfile?: (() => void) | undefined;
	finderSelection?: PlatformSelection | null | undefined;
	onAdoptFinder?: (() => void) | undefined;
}

function StepContent(props: Props) {
	switch (props.step) {
		case 'basics':
			return <BasicsStep {...props} />;
		case 'people':
			return <PeopleStep {...props} />;
		case 'goals':
			return <FieldsStep {...props} fields={['goals', 'challenges']} />;
		case 'habitus':
			return <FieldsStep {...props} fields={['habitus', 'values', 'interests']} />;
		case 'sources':
			return <FieldsStep {...props} fields={['infoSources', 'trustedVoices']} />;
		case 'media':
			return <MediaStep {...props} />;
		case 'schedule':
			return <ScheduleStep {...props} />;
		case 'approach':
			return <FieldsStep {...props} fields={['channels', 'tone', 'contentIdeas', 'noGos']} />;
		case 'overview':
			return <OverviewStep {...props} onGoTo={props.onStep} />;
	}
}

export function StepPanel(props: Props) {
	const { step, persona, t, onStep, headingRef } = props;
	const index = STEP_IDS.indexOf(step);
	const key = stepTitleKey(step, persona.kind);
	return (
		<section class="pb-step" aria-labelledby="pb-step-heading">
			<p class="pb-step-of">{fillTemplate(t.steps.stepOf, { n: index + 1, total: STEP_IDS.length })}</p>
			<h2 id="pb-step-heading" tabIndex={-1} ref={headingRef}>
				{t.steps.titles[key]}
			</h2>
			<p class="pb-intro">{t.steps.intros[key]}</p>
			{/* Keyed by persona, so draft inputs start fresh when another persona is chosen. */}
			<StepContent key={persona.id} {...props} />
			<div class="pb-stepbuttons">
				{index > 0 && (
					<button type="button" onClick={() => onStep(moveStep(step, -1))}>
						← {t.steps.back}
					</button>
				)}
				{index < STEP_IDS.length - 1 && (
					<button type="button" class="button-primary" onClick={() => onStep(moveStep(step, 1))}>
						{t.steps.next} →
					</button>
				)}
			</div>
		</section>
	);
}
