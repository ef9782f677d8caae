/** Step 9: what is missing, what to fix, the card, own sections, printing, sharing, saving. */
import { fitCard } from './card-fit';
import { computeCompleteness } from './completeness';
import { CustomSections } from './CustomSections';
import { exportPersonas } from './DataPanel';
import type { PersonaLabels } from './labels';
import { issueText } from './messages';
import { PersonaCard } from './PersonaCard';
import type { Persona } from './schema';
import { printCard } from './PrintCards';
import { SharePanel } from './SharePanel';
import type { StepProps } from './step-props';
import { stepOfField, stepTitleKey, type StepId } from './steps';
import { fillTemplate } from '../../lib/template';

interface Props extends StepProps {
	onGoTo: (step: StepId) => void;
}

function checkLabel(labels: PersonaLabels, check: string): string {
	if (check === 'technographics' || check === 'platforms' || check === 'schedule')
		return labels.completeness.checks[check];
	if (check === 'buyingRole') return labels.buyingRole.label;
	return labels.fields[check as keyof PersonaLabels['fields']].label;
}

function GoTo({
	step,
	persona,
	labels,
	onGoTo,
}: {
	step: StepId;
	persona: Persona;
	labels: PersonaLabels;
	onGoTo: (s: StepId) => void;
}) {
	return (
		<button type="button" class="pb-link-button" onClick={() => onGoTo(step)}>
			{fillTemplate(labels.completeness.goTo, { step: labels.steps.titles[stepTitleKey(step, persona.kind)] })}
		</button>
	);
}

export function OverviewStep(props: Props) {
	const { persona, labels, issues, onGoTo } = props;
	const t = labels.overview;
	const missing = computeCompleteness(persona).sections.filter((s) => s.missing.length > 0);
	const fit = fitCard(persona, labels);
	const cut = fit.shortened.length;

	return (
		<>
			<div class="pb-columns">
				<section class="pb-block" aria-labelledby="pb-missing-heading">
					<h3 id="pb-missing-heading">{labels.completeness.label}</h3>
					{missing.length === 0 ? (
						<p>{labels.completeness.complete}</p>
					) : (
						<>
							<p>{labels.completeness.missing}</p>
							<ul class="pb-todo">
								{missing.map((s) => (
									<li key={s.id}>
										{s.missing.map((c) => checkLabel(labels, c)).join(', ')}{' '}
										<GoTo step={s.id} persona={persona} labels={labels} onGoTo={onGoTo} />
									</li>
								))}
							</ul>
						</>
					)}
				</section>
				<section class="pb-block" aria-labelledby="pb-issues-heading">
					<h3 id="pb-issues-heading">{t.checkHeading}</h3>
					{issues.length === 0 ? (
						<p>{labels.overview.noIssues}</p>
					) : (
						<ul class="pb-todo">
							{issues.map((issue) => (
								<li key={`${issue.field}-${issue.code}`}>
									{issueText(labels, issue)}{' '}
									<GoTo step={stepOfField(issue.field)} persona={persona} labels={labels} onGoTo={onGoTo} />
								</li>
							))}
						</ul>
					)}
				</section>
			</div>
			<div class="pb-actions">
				<button type="button" class="button-primary" onClick={() => printCard('eine-seite')}>
					{t.print}
				</button>
				{(cut > 0 || !fit.fits) && (
					<button type="button" onClick={() => printCard('voll')}>
						{t.printFull}
					</button>
				)}
				<button type="button" onClick={() => exportPersonas([persona])}>
					{t.exportOne}
				</button>
			</div>
			<p class="pb-hint">{t.printHint}</p>
			{!fit.fits ? (
				<p class="pb-warning">{t.overflowWarning}</p>
			) : (
				cut > 0 && (
					<p class="pb-warning">{fillTemplate(t.cutWarning, { count: cut, fields: fit.shortened.join(', ') })}</p>
				)
			)}
			<PersonaCard persona={persona} labels={labels} idSuffix="screen" />
			<CustomSections {...props} />
			<SharePanel persona={persona} labels={labels} />
		</>
	);
}
