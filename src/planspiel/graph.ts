/**
 * Structural checks of a scenario's decision graph. Rounds and endings are nodes, choices are
 * edges. The schema runs these checks, so that a broken scenario fails the build with a message
 * that names the round and the choice: every node reachable from the start, every choice leading
 * to an existing node (no dead ends), no cycles (every path ends), no path longer than a group
 * code can carry. Pure and framework-free; the unit tests build graphs by hand.
 */

/** The part of a scenario these checks need. */
export interface GraphInput {
	start: string;
	rounds: readonly {
		id: string;
		onTimeout?: string | undefined;
		choices: readonly { id: string; next: string }[];
	}[];
	endings: readonly { id: string }[];
}

/** One problem, with the path of the offending field for the schema's error message. */
export interface GraphProblem {
	path: (string | number)[];
	message: string;
}

/** Decisions a group code can carry; longer scenarios would make codes unwieldy to read out. */
export const MAX_PATH_LENGTH = 12;

/** All problems of the graph; an empty list means the scenario can be played to an end on every path. */
export function checkGraph(g: GraphInput): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const rounds = new Map(g.rounds.map((r) => [r.id, r]));
	const endings = new Set(g.endings.map((e) => e.id));
	const seen = new Set<string>();
	const nodes: [string, number, 'rounds' | 'endings'][] = [
		...g.rounds.map((r, i): [string, number, 'rounds'] => [r.id, i, 'rounds']),
		...g.endings.map((e, i): [string, number, 'endings'] => [e.id, i, 'endings']),
	];
	for (const [id, i, kind] of nodes) {
		if (seen.has(id)) problems.push({ path: [kind, i, 'id'], message: `Die Id „${id}“ ist doppelt vergeben.` });
		seen.add(id);
	}
	if (!rounds.has(g.start)) {
		problems.push({ path: ['start'], message: `Die Startrunde „${g.start}“ gibt es nicht.` });
	}
	g.rounds.forEach((round, i) => {
		const choiceIds = new Set<string>();
		round.choices.forEach((choice, j) => {
			if (choiceIds.has(choice.id)) {
				problems.push({
					path: ['rounds', i, 'choices', j, 'id'],
					message: `Runde „${round.id}“: Entscheidung „${choice.id}“ ist doppelt.`,
				});
			}
			choiceIds.add(choice.id);
			if (!rounds.has(choice.next) && !endings.has(choice.next)) {
				problems.push({
					path: ['rounds', i, 'choices', j, 'next'],
					message: `Runde „${round.id}“, Entscheidung „${choice.id}“ führt ins Leere: „${choice.next}“ ist weder Runde noch Ende.`,
				});
			}
		});
		if (round.onTimeout !== undefined && !choiceIds.has(round.onTimeout)) {
			problems.push({
				path: ['rounds', i, 'onTimeout'],
				message: `Runde „${round.id}“: „onTimeout“ nennt die unbekannte Entscheidung „${round.onTimeout}“.`,
			});
		}
	});
	if (problems.length > 0) return problems;
	problems.push(...checkReachable(g, rounds));
	const cycle = findCycle(g.start, rounds);
	if (cycle) {
		problems.push({
			path: ['rounds'],
			message: `Kreis im Ablauf: ${cycle.join(' → ')}. Jeder Weg muss an einem Ende ankommen.`,
		});
		return problems;
	}
	const longest = longestPath(g.start, rounds);
	if (longest > MAX_PATH_LENGTH) {
		problems.push({
			path: ['rounds'],
			message: `Der längste Weg hat ${longest} Entscheidungen; erlaubt sind höchstens ${MAX_PATH_LENGTH}.`,
		});
	}
	return problems;
}

type RoundMap = ReadonlyMap<string, GraphInput['rounds'][number]>;

function checkReachable(g: GraphInput, rounds: RoundMap): GraphProblem[] {
	const reached = new Set<string>();
	const queue = [g.start];
	while (queue.length > 0) {
		const id = queue.shift() as string;
		if (reached.has(id)) continue;
		reached.add(id);
		for (const c of rounds.get(id)?.choices ?? []) queue.push(c.next);
	}
	const problems: GraphProblem[] = [];
	g.rounds.forEach((r, i) => {
		if (!reached.has(r.id))
			problems.push({ path: ['rounds', i], message: `Die Runde „${r.id}“ ist vom Start aus nicht erreichbar.` });
	});
	g.endings.forEach((e, i) => {
		if (!reached.has(e.id))
			problems.push({ path: ['endings', i], message: `Das Ende „${e.id}“ ist vom Start aus nicht erreichbar.` });
	});
	return problems;
}

/** A cycle reachable from the start as a list of round ids (first repeated at the end), or null. */
function findCycle(start: string, rounds: RoundMap): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (id: string): string[] | null => {
		const round = rounds.get(id);
		if (!round) return null;
		if (state.get(id) === 'done') return null;
		if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
		state.set(id, 'open');
		stack.push(id);
		for (const c of round.choices) {
			const found = visit(c.next);
			if (found) return found;
		}
		stack.pop();
		state.set(id, 'done');
		return null;
	};
	return visit(start);
}

/** Number of decisions on the longest path from `start` (graph known to be acyclic). */
function longestPath(start: string, rounds: RoundMap): number {
	const memo = new Map<string, number>();
	const depth = (id: string): number => {
		const round = rounds.get(id);
		if (!round) return 0;
		const known = memo.get(id);
		if (known !== undefined) return known;
		const d = 1 + Math.max(...round.choices.map((c) => depth(c.next)));
		memo.set(id, d);
		return d;
	};
	return depth(start);
}

/** Every complete path from the start as lists of choice indexes; for tests and the trainer overview. */
export function allPaths(g: GraphInput): number[][] {
	const rounds = new Map(g.rounds.map((r) => [r.id, r]));
	const out: number[][] = [];
	const walk = (id: string, path: number[]): void => {
		const round = rounds.get(id);
		if (!round) {
			out.push(path);
			return;
		}
		round.choices.forEach((c, i) => walk(c.next, [...path, i]));
	};
	walk(g.start, []);
	return out;
}
