/**
 * Island of a Planspiel. The stored decisions (src/stores/planspiel.ts) are replayed through the
 * scenario on every render; the view follows from where that ends: intro, a round, the
 * consequence of the last decision, or the debrief. During hydration it renders the intro as the
 * server did and switches to the stored game once mounted. After a decision the new view's
 * heading takes the focus, so keyboard and screen-reader users continue where the content is.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PlanspielStrings } from '../i18n/de/planspiel';
import type { PlanspielData } from '../schemas/planspiel';
import {
	$planspiel,
	decide,
	markSeen,
	parseCountdownParam,
	restartGame,
	setCountdown,
	setGroupName,
	startGame,
} from '../stores/planspiel';
import { $trainerMode } from '../stores/trainer';
import { useHydrated } from '../components/use-hydrated';
import { figureTexts } from './format';
import { startIndicators, summarize } from './indicators';
import type { Citation } from './load';
import { encodePathCode } from './path-code';
import { replay, snapshots } from './replay';
import { Consequence } from './ui/Consequence';
import { Debrief } from './ui/Debrief';
import { HowComputed } from './ui/HowComputed';
import { IndicatorPanel } from './ui/IndicatorPanel';
import { Intro } from './ui/Intro';
import { printDebrief } from './ui/print';
import { RoundView } from './ui/RoundView';

export interface PlanspielProps {
	id: string;
	s: PlanspielData;
	citations: Record<string, Citation>;
	t: PlanspielStrings;
	pageHref: string;
	compareHref: string;
}

export function Planspiel({ id, s, citations, t, pageHref, compareHref }: PlanspielProps): JSX.Element {
	const hydrated = useHydrated();
	const state = useStore($planspiel);
	const trainerOn = useStore($trainerMode);
	const [fromLink, setFromLink] = useState(false);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const acted = useRef(false);
	useEffect(() => {
		const param = parseCountdownParam(location.search);
		if (param === undefined) return;
		setCountdown(param);
		setFromLink(true);
	}, []);

	const saved = hydrated ? state.games[id] : undefined;
	const stale = saved !== undefined && saved.version !== s.version;
	const game = saved && !stale ? saved : { version: s.version, started: false, steps: [], seen: true };
	const result = replay(s, game.steps);
	const outdated = stale || !result.ok;
	const played = result.ok ? result.played : [];
	const indicators = result.ok ? result.indicators : startIndicators(s.initial);
	const values = figureTexts(s.figures, indicators.overrides);
	const summary = summarize(s, indicators);
	const last = played[played.length - 1];
	const trainer = hydrated && trainerOn;
	const idPrefix = `ps-${id}`;

	const phase =
		outdated || !game.started
			? 'intro'
			: last && !game.seen
				? 'folge'
				: result.ok && result.at.kind === 'ending'
					? 'ende'
					: 'runde';
	useEffect(() => {
		if (acted.current) headingRef.current?.focus();
	}, [phase, played.length]);
	const act = (f: () => void) => () => {
		acted.current = true;
		f();
	};

	let view: JSX.Element;
	if (phase === 'intro') {
		view = (
			<Intro
				s={s}
				values={values}
				countdown={hydrated ? state.countdown : true}
				countdownFromLink={fromLink}
				onCountdown={setCountdown}
				outdated={outdated}
				onStart={act(() => (outdated ? restartAndStart(id, s.version) : startGame(id, s.version)))}
				trainer={trainer}
				compareHref={compareHref}
				t={t}
				headingRef={headingRef}
				idPrefix={idPrefix}
			/>
		);
	} else if (phase === 'folge' && last) {
		view = (
			<Consequence
				step={last}
				now={summary}
				before={summarize(s, last.before)}
				values={values}
				citations={citations}
				isLast={result.ok && result.at.kind === 'ending'}
				onNext={act(() => markSeen(id, s.version))}
				t={t}
				headingRef={headingRef}
				idPrefix={idPrefix}
			/>
		);
	} else if (result.ok && result.at.kind === 'ending') {
		view = (
			<Debrief
				s={s}
				ending={result.at.ending}
				played={played}
				snapshots={snapshots(s, played, t.debrief.start)}
				values={values}
				citations={citations}
				code={encodePathCode({ prefix: s.code, version: s.version, steps: game.steps })}
				group={state.group}
				onGroup={setGroupName}
				compareHref={compareHref}
				pageHref={pageHref}
				trainer={trainer}
				onPrint={printDebrief}
				onRestart={act(() => restartGame(id, s.version))}
				t={t}
				headingRef={headingRef}
				idPrefix={idPrefix}
			/>
		);
	} else {
		const round = result.ok && result.at.kind === 'round' ? result.at.round : s.rounds[0];
		view = round ? (
			<>
				<IndicatorPanel now={summary} t={t.indicators} headingId={`${idPrefix}-kennzahlen`} />
				<RoundView
					key={round.id}
					round={round}
					number={played.length + 1}
					values={values}
					citations={citations}
					t={t}
					trainer={trainer}
					countdownOn={state.countdown}
					onDecide={(choice, timedOut) => act(() => decide(id, s.version, { choice, timedOut }))()}
					onCountdownOff={() => setCountdown(false)}
					headingRef={headingRef}
					idPrefix={idPrefix}
				/>
			</>
		) : (
			<></>
		);
	}

	return (
		<div class="ps" data-phase={phase}>
			{view}
			<HowComputed
				s={s}
				costs={indicators.costs}
				summary={summary}
				played={played}
				overrides={indicators.overrides}
				values={values}
				citations={citations}
				t={t.how}
			/>
		</div>
	);
}

/** A revised scenario: drop the old steps, then start round 1. */
function restartAndStart(id: string, version: number): void {
	restartGame(id, version);
	startGame(id, version);
}
