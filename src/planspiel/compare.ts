/**
 * The trainer's comparison: pasted lines become groups with their path, ending and indicators,
 * or a precise German problem per line (not a code, a typo, another scenario, an older version,
 * a path that does not fit). Also the path the real actors took, as far as the scenario marks
 * decisions as historical. Pure; the island only renders the result.
 */
import type { Ending, PlanspielData } from '../schemas/planspiel';
import { summarize, type Summary } from './indicators';
import { decodePathCode, type CodeLine } from './path-code';
import { replay, type PlayedStep, type Step } from './replay';

export const MAX_GROUPS = 12;

export type Problem =
	| { kind: 'format' }
	| { kind: 'check'; code: string }
	| { kind: 'other'; title: string }
	| { kind: 'unknown'; prefix: string }
	| { kind: 'version'; version: number }
	| { kind: 'mismatch' };

export interface Group {
	label: string;
	played: PlayedStep[];
	/** `null` while the group has not reached an ending. */
	ending: Ending | null;
	summary: Summary;
}

export type Entry = { line: number; ok: true; group: Group } | { line: number; ok: false; problem: Problem };

/** Other scenarios by code prefix, for a helpful message when a code belongs elsewhere. */
export type OtherScenarios = Record<string, string>;

/** Evaluate pasted lines against one scenario; line numbers count only non-empty lines, from 1. */
export function evaluateLines(lines: readonly CodeLine[], s: PlanspielData, others: OtherScenarios): Entry[] {
	return lines.slice(0, MAX_GROUPS).map((l, i): Entry => {
		const line = i + 1;
		if (l.code === '') return { line, ok: false, problem: { kind: 'format' } };
		const decoded = decodePathCode(l.code);
		if (!decoded.ok)
			return {
				line,
				ok: false,
				problem: decoded.error === 'check' ? { kind: 'check', code: l.code } : { kind: 'format' },
			};
		const { prefix, version, steps } = decoded.code;
		if (prefix !== s.code) {
			const title = others[prefix];
			return { line, ok: false, problem: title ? { kind: 'other', title } : { kind: 'unknown', prefix } };
		}
		if (version !== s.version) return { line, ok: false, problem: { kind: 'version', version } };
		const group = groupFor(s, steps, l.label);
		return group ? { line, ok: true, group } : { line, ok: false, problem: { kind: 'mismatch' } };
	});
}

/** A group from its steps, or null when they do not fit the scenario. */
export function groupFor(s: PlanspielData, steps: readonly Step[], label: string): Group | null {
	const r = replay(s, steps);
	if (!r.ok) return null;
	return {
		label,
		played: r.played,
		ending: r.at.kind === 'ending' ? r.at.ending : null,
		summary: summarize(s, r.indicators),
	};
}

/** The real actors' decisions: follow the historical choice of each round until a round has none. */
export function historicalSteps(s: PlanspielData): Step[] {
	const rounds = new Map(s.rounds.map((r) => [r.id, r]));
	const steps: Step[] = [];
	let round = rounds.get(s.start);
	while (round && steps.length < s.rounds.length) {
		const index = round.choices.findIndex((c) => c.historical);
		if (index < 0) break;
		steps.push({ choice: index, timedOut: false });
		round = rounds.get(round.choices[index]?.next ?? '');
	}
	return steps;
}
