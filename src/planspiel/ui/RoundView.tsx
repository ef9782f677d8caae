/**
 * One round: when and what, the material the team sees, the facilitation note in trainer mode,
 * the countdown and the decisions as a radio group with one submit button – a decision is a
 * deliberate act, not a stray click, and the group works with arrow keys and Enter.
 */
import type { JSX, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { fillTemplate } from '../../lib/template';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import type { Round } from '../../schemas/planspiel';
import type { Citation } from '../load';
import { timeoutStep } from '../replay';
import { Countdown } from './Countdown';
import { Material } from './Material';
import { Paragraphs } from './Text';
import { useCountdown } from './use-countdown';

interface Props {
	round: Round;
	number: number;
	values: Record<string, string>;
	citations: Record<string, Citation>;
	t: PlanspielStrings;
	trainer: boolean;
	countdownOn: boolean;
	onDecide: (choice: number, timedOut: boolean) => void;
	onCountdownOff: () => void;
	headingRef: RefObject<HTMLHeadingElement>;
	idPrefix: string;
}

export function RoundView(p: Props): JSX.Element {
	const { round, t, idPrefix } = p;
	const [selected, setSelected] = useState<number | null>(null);
	const [error, setError] = useState(false);
	const timeout = timeoutStep(round);
	const total = p.countdownOn && round.seconds !== undefined && timeout ? round.seconds : null;
	const countdown = useCountdown(total, round.id, () => {
		if (timeout) p.onDecide(timeout.choice, true);
	});
	const name = `${idPrefix}-${round.id}`;
	const submit = (e: Event) => {
		e.preventDefault();
		if (selected === null) setError(true);
		else p.onDecide(selected, false);
	};
	return (
		<section class="ps-round" aria-labelledby={`${name}-h`}>
			<p class="ps-time">
				{fillTemplate(t.round.label, { n: p.number })} · {round.time}
			</p>
			<h2 id={`${name}-h`} tabIndex={-1} ref={p.headingRef}>
				{round.title}
			</h2>
			<Paragraphs text={round.situation} values={p.values} />
			{total !== null && timeout && (
				<Countdown
					c={countdown}
					total={total}
					timeoutLabel={fillTemplate(round.choices[timeout.choice]?.label ?? '', p.values)}
					onOff={p.onCountdownOff}
					t={t.countdown}
				/>
			)}
			{p.trainer && (
				<div class="trainer-notiz ps-trainer" role="note" aria-label={t.round.trainerNote}>
					<p class="trainer-notiz-titel">{t.round.trainerNote}</p>
					<Paragraphs text={round.facilitation} values={p.values} />
				</div>
			)}
			{round.materials.length > 0 && (
				<>
					<h3>{t.round.materials}</h3>
					<ul class="ps-materials">
						{round.materials.map((m, i) => (
							<Material key={i} m={m} values={p.values} citations={p.citations} t={t} />
						))}
					</ul>
				</>
			)}
			<form class="ps-decide" onSubmit={submit}>
				<fieldset aria-describedby={error ? `${name}-error` : undefined}>
					<legend>{t.round.legend}</legend>
					{round.choices.map((c, i) => (
						<label key={c.id} class="ps-choice">
							<input
								type="radio"
								name={name}
								value={c.id}
								checked={selected === i}
								onChange={() => {
									setSelected(i);
									setError(false);
								}}
							/>
							<span>{fillTemplate(c.label, p.values)}</span>
						</label>
					))}
				</fieldset>
				{error && (
					<p id={`${name}-error`} class="ps-error" role="alert">
						{t.round.pickFirst}
					</p>
				)}
				<button type="submit" class="button-primary">
					{t.round.decide}
				</button>
			</form>
		</section>
	);
}
