import { describe, expect, it } from 'vitest';
import { allPaths, checkGraph, MAX_PATH_LENGTH, type GraphInput } from './graph';

/** Graph checks on hand-built graphs; the schema tests cover the messages in context. */

const round = (id: string, ...next: string[]) => ({ id, choices: next.map((n, i) => ({ id: `c${i}`, next: n })) });

describe('checkGraph', () => {
	it('accepts a graph where every path reaches an ending', () => {
		const g: GraphInput = {
			start: 'a',
			rounds: [round('a', 'b', 'x'), round('b', 'x', 'y')],
			endings: [{ id: 'x' }, { id: 'y' }],
		};
		expect(checkGraph(g)).toEqual([]);
		expect(allPaths(g)).toEqual([[0, 0], [0, 1], [1]]);
	});

	it('finds a cycle that is only reachable through a detour', () => {
		const g: GraphInput = {
			start: 'a',
			rounds: [round('a', 'b', 'x'), round('b', 'c', 'x'), round('c', 'b', 'x')],
			endings: [{ id: 'x' }],
		};
		expect(checkGraph(g).map((p) => p.message)).toEqual([
			'Kreis im Ablauf: b → c → b. Jeder Weg muss an einem Ende ankommen.',
		]);
	});

	it('limits the path length to what a group code carries', () => {
		const rounds = Array.from({ length: MAX_PATH_LENGTH + 1 }, (_, i) =>
			round(`r${i}`, i === MAX_PATH_LENGTH ? 'x' : `r${i + 1}`, 'x'),
		);
		const problems = checkGraph({ start: 'r0', rounds, endings: [{ id: 'x' }] });
		expect(problems.map((p) => p.message)).toEqual([
			`Der längste Weg hat 13 Entscheidungen; erlaubt sind höchstens 12.`,
		]);
		expect(checkGraph({ start: 'r1', rounds: rounds.slice(1), endings: [{ id: 'x' }] })).toEqual([]);
	});

	it('names the field of every problem', () => {
		const problems = checkGraph({ start: 'a', rounds: [round('a', 'nirgends')], endings: [{ id: 'x' }] });
		expect(problems).toEqual([
			{ path: ['rounds', 0, 'choices', 0, 'next'], message: expect.stringContaining('führt ins Leere') },
		]);
	});
});
