/** Island: tick how often you do each activity and see your rungs with what they mean. */
import { useStore } from '@nanostores/preact';
import { useShareHash } from './use-share-hash';
import { $selfTestAnswers, setSelfTestAnswer, type LadderSelection } from '../../stores/technographics';
import { ACTIVE_RUNGS, ACTIVITIES, FREQUENCIES, THRESHOLD, type Frequency } from './rungs';
import { classifyRespondent } from './classify';
import { fillTemplate } from '../../lib/template';
import { useHydrated } from '../../components/use-hydrated';
import type { SelfTestStrings } from './strings';

interface Props {
	knownIds: string[];
	defaults: LadderSelection;
	t: SelfTestStrings;
}

/** Most frequent first, as questionnaires list them. */
const OPTIONS = [...FREQUENCIES].reverse();

export function SelfTest({ knownIds, defaults, t }: Props) {
	useShareHash(defaults, knownIds);
	const hydrated = useHydrated();
	const storedAnswers = useStore($selfTestAnswers);
	// The first render must match the server's HTML (see src/components/use-hydrated.ts).
	const answers = hydrated ? storedAnswers : {};
	const rungs = classifyRespondent(answers);
	const s = t.selfTest;

	return (
		<section class="tg-block" aria-labelledby="tg-self-heading">
			<h2 id="tg-self-heading">{s.heading}</h2>
			<p>{s.intro}</p>
			<div class="tg-selftest">
				{ACTIVE_RUNGS.map((rung) => (
					<fieldset class="tg-fieldset" key={rung}>
						<legend>
							{fillTemplate(s.rungLegend, { ...t.rungs[rung], threshold: t.frequencies[THRESHOLD[rung]] })}
						</legend>
						{ACTIVITIES[rung].map((activity) => (
							<div class="tg-field tg-field-inline" key={activity}>
								<label for={`tg-self-${activity}`}>{t.activities[activity]}</label>
								<select
									id={`tg-self-${activity}`}
									value={answers[activity] ?? 'nie'}
									onChange={(e) => setSelfTestAnswer(activity, e.currentTarget.value as Frequency)}
								>
									{OPTIONS.map((f) => (
										<option value={f} key={f}>
											{t.frequencies[f]}
										</option>
									))}
								</select>
							</div>
						))}
					</fieldset>
				))}
			</div>
			<div class="tg-result tg-print-result" aria-live="polite">
				<h3>{s.resultHeading}</h3>
				{rungs[0] === 'inactives' ? <p>{s.inactive}</p> : <p>{fillTemplate(s.result, { count: rungs.length })}</p>}
				<ul class="tg-self-result">
					{rungs.map((rung) => (
						<li key={rung}>
							<strong>
								{`${t.rungs[rung].de} (`}
								<span lang="en">{t.rungs[rung].en}</span>)
							</strong>
							{`: ${t.rungs[rung].does} ${t.rungs[rung].means} `}
							<a href={`#stufe-${rung}`}>{s.meaning}</a>
						</li>
					))}
				</ul>
				<button
					type="button"
					class="no-print"
					onClick={() => ACTIVE_RUNGS.forEach((r) => ACTIVITIES[r].forEach((a) => setSelfTestAnswer(a, 'nie')))}
				>
					{s.reset}
				</button>
			</div>
		</section>
	);
}
