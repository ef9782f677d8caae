/**
 * A game is nothing but its decisions: a list of choice positions, each maybe taken because the
 * countdown ran out. Everything shown – the current round, the ending, the indicators over time –
 * is recomputed from that list, so the stored game, a group code and the trainer's comparison all
 * agree by construction. Pure; tested with every path of the real scenarios.
 */
import type { Choice, Ending, PlanspielData, Round } from '../schemas/planspiel';
import { applyEffects, computeWorkload, costTotals, startIndicators, type Indicators } from './indicators';

/** One decision as stored and coded: position of the choice in its round (0-based). */
export interface Step {
	choice: number;
	/** Taken automatically because the countdown ran out. */
	timedOut: boolean;
}

export interface PlayedStep {
	round: Round;
	choice: Choice;
	timedOut: boolean;
	before: Indicators;
	after: Indicators;
}

export type Position = { kind: 'round'; round: Round } | { kind: 'ending'; ending: Ending };

export type ReplayResult =
	| { ok: true; played: PlayedStep[]; at: Position; indicators: Indicators }
	/** The steps do not fit the scenario (changed scenario, foreign code); `valid` steps did fit. */
	| { ok: false; valid: number };

/** Play the steps through the scenario. */
export function replay(s: PlanspielData, steps: readonly Step[]): ReplayResult {
	const rounds = new Map(s.rounds.map((r) => [r.id, r]));
	const endings = new Map(s.endings.map((e) => [e.id, e]));
	let indicators = startIndicators(s.initial);
	let round = rounds.get(s.start);
	const played: PlayedStep[] = [];
	for (const [i, step] of steps.entries()) {
		const choice = round?.choices[step.choice];
		if (!round || !choice) return { ok: false, valid: i };
		if (step.timedOut && round.onTimeout !== choice.id) return { ok: false, valid: i };
		const after = applyEffects(indicators, choice.effects, s.figures);
		played.push({ round, choice, timedOut: step.timedOut, before: indicators, after });
		indicators = after;
		const next = rounds.get(choice.next);
		if (!next) {
			const ending = endings.get(choice.next);
			if (!ending) return { ok: false, valid: i };
			return i === steps.length - 1
				? { ok: true, played, at: { kind: 'ending', ending }, indicators }
				: { ok: false, valid: i + 1 };
		}
		round = next;
	}
	if (!round) return { ok: false, valid: 0 };
	return { ok: true, played, at: { kind: 'round', round }, indicators };
}

/** The indicators at one point in time, as the chart and its table show them. */
export interface Snapshot {
	/** „Start“ or the round's short label. */
	label: string;
	sentiment: number;
	legalRisk: number;
	hoursPerDay: number;
	netCost: number;
}

/** Indicators at the start and after every decision. */
export function snapshots(s: PlanspielData, played: readonly PlayedStep[], startLabel: string): Snapshot[] {
	const at = (label: string, i: Indicators): Snapshot => ({
		label,
		sentiment: i.sentiment,
		legalRisk: i.legalRisk,
		hoursPerDay: computeWorkload(i.messages, s.staffing, s.figures).hoursPerDay,
		netCost: costTotals(i.costs).net,
	});
	return [at(startLabel, startIndicators(s.initial)), ...played.map((p) => at(p.round.short, p.after))];
}

/** The choice taken when a round's countdown runs out, as a step; `null` when the round has no countdown. */
export function timeoutStep(round: Round): Step | null {
	if (round.onTimeout === undefined) return null;
	const index = round.choices.findIndex((c) => c.id === round.onTimeout);
	return index < 0 ? null : { choice: index, timedOut: true };
}
