/**
 * Running Planspiel games, stored in localStorage (`smp:planspiel`, envelope
 * `{ v: 1, data: PlanspielState }`), so that a reload or a closed tab does not lose a game.
 * A game is only its decisions (src/planspiel/replay.ts); everything shown is recomputed from
 * them. Games are validated one by one: a damaged game makes the stored value go through the
 * shared repair (persisted-recovery.ts) – the original is kept under a backup key, the reader is
 * told, and the readable games stay. Steps that no longer fit a revised scenario are kept until the
 * player restarts (the island says so).
 */
import { versionedAtom } from './persisted';
import './persisted-recovery';
import { parseSwitchParam } from './trainer';
import type { Step } from '../planspiel/replay';
import { MAX_GROUP_NAME } from '../planspiel/path-code';
import { boolean, integer, isRecord, list, object, type Infer, type Schema } from '../lib/schema';

const MAX_STEPS = 40;

/** One decision; a game is only its decisions (src/planspiel/replay.ts recomputes the rest). */
const stepSchema: Schema<Step> = object({ choice: integer(0, 8), timedOut: boolean });

/** One running game as stored. */
const savedGameSchema = object({
	/** Scenario version the steps were played in. */
	version: integer(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
	/** The intro has been left; the first round (and its countdown) is running. */
	started: boolean,
	steps: list(stepSchema, MAX_STEPS),
	/** The consequence of the last step has been read; otherwise a reload shows it again. */
	seen: boolean,
});
export type SavedGame = Infer<typeof savedGameSchema>;
const GAME_ID = /^[a-z0-9-]{2,40}$/;

export interface PlanspielState {
	/** By scenario id. */
	games: Record<string, SavedGame>;
	/** Countdown per round; `?zeitdruck=0` in a link switches it off (trainers share such links). */
	countdown: boolean;
	/** Group name for the share link and the trainer's comparison; may stay empty. */
	group: string;
}

export const DEFAULT_PLANSPIEL: PlanspielState = { games: {}, countdown: true, group: '' };

export { MAX_GROUP_NAME };

/** The stored state with every game readable, kept and cleaned; `lost` counts the games that were not. */
function readPlanspiel(value: unknown): { value: PlanspielState; lost: number } | undefined {
	if (!isRecord(value)) return undefined;
	const v = value;
	const games = v['games'];
	if (!isRecord(games)) return undefined;
	const kept: Record<string, SavedGame> = {};
	let lost = 0;
	for (const [id, game] of Object.entries(games)) {
		const valid = GAME_ID.test(id) ? savedGameSchema(game) : undefined;
		if (valid) kept[id] = valid;
		else lost++;
	}
	return {
		value: {
			games: kept,
			countdown: typeof v['countdown'] === 'boolean' ? v['countdown'] : DEFAULT_PLANSPIEL.countdown,
			group: typeof v['group'] === 'string' ? v['group'].slice(0, MAX_GROUP_NAME) : '',
		},
		lost,
	};
}

/**
 * The stored state when every game is readable; `undefined` otherwise, so that the damaged value
 * is backed up and reported before the readable games are kept (see `salvage` below). A missing
 * setting gets its default: that is not damage.
 */
export function validatePlanspiel(value: unknown): PlanspielState | undefined {
	const read = readPlanspiel(value);
	return read && read.lost === 0 ? read.value : undefined;
}

export const $planspiel = versionedAtom<PlanspielState>('planspiel', DEFAULT_PLANSPIEL, {
	version: 1,
	label: 'Planspiel',
	validate: validatePlanspiel,
	salvage: (data) => readPlanspiel(data),
});

const EMPTY = (version: number): SavedGame => ({ version, started: false, steps: [], seen: true });

function updateGame(id: string, version: number, change: (g: SavedGame) => SavedGame): void {
	const state = $planspiel.get();
	const current = state.games[id];
	const game = current && current.version === version ? current : EMPTY(version);
	$planspiel.set({ ...state, games: { ...state.games, [id]: change(game) } });
}

/** Leave the intro: the first round starts. */
export function startGame(id: string, version: number): void {
	updateGame(id, version, (g) => ({ ...g, started: true }));
}

/** Record a decision; its consequence is shown until `markSeen`. */
export function decide(id: string, version: number, step: Step): void {
	updateGame(id, version, (g) => ({ ...g, started: true, steps: [...g.steps, step].slice(0, MAX_STEPS), seen: false }));
}

/** The consequence of the last decision has been read. */
export function markSeen(id: string, version: number): void {
	updateGame(id, version, (g) => ({ ...g, seen: true }));
}

/** Start over: back to the intro. */
export function restartGame(id: string, version: number): void {
	updateGame(id, version, () => EMPTY(version));
}

export function setCountdown(on: boolean): void {
	if ($planspiel.get().countdown !== on) $planspiel.set({ ...$planspiel.get(), countdown: on });
}

export function setGroupName(name: string): void {
	$planspiel.set({ ...$planspiel.get(), group: name.slice(0, MAX_GROUP_NAME) });
}

/** `?zeitdruck=0` / `=1` in the page address, or `undefined` when absent. */
export function parseCountdownParam(search: string): boolean | undefined {
	return parseSwitchParam(search, 'zeitdruck');
}
