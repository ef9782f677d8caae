/** Before round 1: the role, the case so far, how the game works, the countdown switch. */
import type { JSX, RefObject } from 'preact';
import type { PlanspielStrings } from '../../i18n/de/planspiel';
import type { PlanspielData } from '../../schemas/planspiel';
import { Paragraphs } from './Text';

interface Props {
	s: PlanspielData;
	values: Record<string, string>;
	countdown: boolean;
	countdownFromLink: boolean;
	onCountdown: (on: boolean) => void;
	outdated: boolean;
	onStart: () => void;
	trainer: boolean;
	compareHref: string;
	t: PlanspielStrings;
	headingRef: RefObject<HTMLHeadingElement>;
	idPrefix: string;
}

export function Intro(p: Props): JSX.Element {
	const i = p.t.intro;
	const hasCountdown = p.s.rounds.some((r) => r.seconds !== undefined);
	return (
		<section class="ps-intro" aria-labelledby={`${p.idPrefix}-intro-h`}>
			<h2 id={`${p.idPrefix}-intro-h`} tabIndex={-1} ref={p.headingRef}>
				{i.role}
			</h2>
			<Paragraphs text={p.s.role} values={p.values} class="ps-role" />
			<Paragraphs text={p.s.intro} values={p.values} />
			<p>{i.how}</p>
			<p class="ps-note">{i.marking}</p>
			{p.outdated && (
				<p class="ps-warning" role="status">
					{i.outdated}
				</p>
			)}
			{p.trainer && (
				<div class="trainer-notiz ps-trainer" role="note" aria-label={p.t.round.trainerNote}>
					<p class="trainer-notiz-titel">{p.t.round.trainerNote}</p>
					{p.t.index.seminar.map((line) => (
						<p key={line}>{line}</p>
					))}
					<p>
						<a href={p.compareHref}>{p.t.page.compareLink}</a>
					</p>
				</div>
			)}
			{hasCountdown && (
				<div class="ps-field ps-check">
					<input
						id={`${p.idPrefix}-countdown`}
						type="checkbox"
						checked={p.countdown}
						aria-describedby={`${p.idPrefix}-countdown-hint`}
						onChange={(e) => p.onCountdown(e.currentTarget.checked)}
					/>
					<label for={`${p.idPrefix}-countdown`}>{i.countdown}</label>
					<p id={`${p.idPrefix}-countdown-hint`} class="ps-note">
						{p.countdownFromLink && !p.countdown ? i.countdownOffByLink : i.countdownHint}
					</p>
				</div>
			)}
			<button type="button" class="button-primary" onClick={p.onStart}>
				{i.start}
			</button>
		</section>
	);
}
