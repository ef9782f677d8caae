/** Step 9: what is missing, what to fix, the card, own sections, printing, sharing, saving. */
import { fitCard } from './card-fit';
import { computeCompleteness } from './completeness';
import { CustomSections } from './CustomSections';
import { exportPersonas } from './DataPanel';
import type { PersonaStrings } from './strings';
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

function checkLabel(t: PersonaStrings, check: string): string {
	if (check === 'technographics' || check === 'platforms' || check === 'schedule') return t.completeness.checks[check];
	if (check === 'buyingRole') return t.buyingRole.label;
	return t.fields[check as keyof PersonaStrings['fields']].label;
}

function GoTo({
	step,
	persona,
	t,
	onGoTo,
}: {
	step: StepId;
	persona: Persona;
	t: PersonaStrings;
	onGoTo: (s: StepId) => void;
}) {
	return (
		<button type="button" class="pb-link-button" onClick={() => onGoTo(step)}>
			{fillTemplate(t.completeness.goTo, { step: t.steps.titles[stepTitleKey(step, persona.kind)] })}
		</button>
	);
}

export function OverviewStep(props: Props) {
	const { persona, t, issues, onGoTo } = props;
	const missing = computeCompleteness(persona).sections.filter((s) => s.missing.length > 0);
	const fit = fitCard(persona, t);
	const cut = fit.shortened.length;

	return (
		<>
			<div class="pb-columns">
				<section class="pb-block" aria-labelledby="pb-missing-heading">
					<h3 id="pb-missing-heading">{t.completeness.label}</h3>
					{missing.length === 0 ? (
						<p>{t.completeness.complete}</p>
					) : (
						<>
							<p>{t.completeness.missing}</p>
							<ul class="pb-todo">
								{missing.map((s) => (
									<li key={s.id}>
										{s.missing.map((c) => checkLabel(t, c)).join(', ')}{' '}
										<GoTo step={s.id} persona={persona} t={t} onGoTo={onGoTo} />
									</li>
								))}
							</ul>
						</>
					)}
				</section>
				<section class="pb-block" aria-labelledby="pb-issues-heading">
					<h3 id="pb-issues-heading">{t.overview.checkHeading}</h3>
					{issues.length === 0 ? (
						<p>{t.overview.noIssues}</p>
					) : (
						<ul class="pb-todo">
							{issues.map((issue) => (
								<li key={`${issue.field}-${issue.code}`}>
									{issueText(t, issue)} <GoTo step={stepOfField(issue.field)} persona={persona} t={t} onGoTo={onGoTo} />
								</li>
							))}
						</ul>
					)}
				</section>
			</div>
			<div class="pb-actions">
				<button type="button" class="button-primary" onClick={() => printCard('eine-seite')}>
					{t.overview.print}
				</button>
				{(cut > 0 || !fit.fits) && (
					<button type="button" onClick={() => printCard('voll')}>
						{t.overview.printFull}
					</button>
				)}
				<button type="button" onClick={() => exportPersonas([persona])}>
					{t.overview.exportOne}
				</button>
			</div>
			<p class="pb-hint">{t.overview.printHint}</p>
			{!fit.fits ? (
				<p class="pb-warning">{t.overview.overflowWarning}</p>
			) : (
				cut > 0 && (
					<p class="pb-warning">
						{fillTemplate(t.overview.cutWarning, { count: cut, fields: fit.shortened.join(', ') })}
					</p>
				)
			)}
			<PersonaCard persona={persona} t={t} idSuffix="screen" />
			<CustomSections {...props} />
			<SharePanel persona={persona} t={t} />
		</>
	);
}
