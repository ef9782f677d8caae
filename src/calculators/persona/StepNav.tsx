/** The list of steps: every step is a button, the current one is marked with aria-current. */
import type { Completeness } from './completeness';
import type { PersonaStrings } from './strings';
import type { PersonaKind } from './schema';
import { STEP_IDS, stepTitleKey, type StepId } from './steps';
import { fillTemplate } from '../../lib/template';

interface Props {
	step: StepId;
	kind: PersonaKind;
	completeness: Completeness;
	t: PersonaStrings;
	onStep: (step: StepId) => void;
}

export function StepNav({ step, kind, completeness, t, onStep }: Props) {
	return (
		<nav class="pb-stepnav" aria-label={t.steps.nav}>
			<ol>
				{STEP_IDS.map((id, i) => {
					const section = completeness.sections.find((s) => s.id === id);
					const done = section !== undefined && section.filled === section.total;
					return (
						<li key={id}>
							<button type="button" aria-current={id === step ? 'step' : undefined} onClick={() => onStep(id)}>
								<span class="pb-step-num" aria-hidden="true">
									{i + 1}
								</span>
								<span>{t.steps.titles[stepTitleKey(id, kind)]}</span>
								{section && (
									<>
										<span class={done ? 'pb-step-status pb-step-status--done' : 'pb-step-status'} aria-hidden="true">
											{done ? '✓' : `${section.filled}/${section.total}`}
										</span>
										<span class="visually-hidden">
											{', '}
											{done
												? t.steps.statusDone
												: fillTemplate(t.steps.statusPartial, { filled: section.filled, total: section.total })}
										</span>
									</>
								)}
							</button>
						</li>
					);
				})}
			</ol>
		</nav>
	);
}
