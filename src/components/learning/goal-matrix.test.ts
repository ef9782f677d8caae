import { describe, expect, it } from 'vitest';
import { buildGoalMatrix } from './goal-matrix';

const goals = [
	{ id: 'leiter', text: 'Sie können die Stufen der Leiter nennen.' },
	{ id: 'profil', text: 'Sie können ein Gruppenprofil deuten.' },
	{ id: 'grenzen', text: 'Sie können die Grenzen der Daten einschätzen.' },
];

describe('buildGoalMatrix', () => {
	const matrix = buildGoalMatrix({
		goals,
		exercises: [
			{ number: 2, goals: ['profil', 'leiter'] },
			{ number: 1, goals: ['leiter'] },
			{ number: 3, goals: ['alt'] },
		],
		questions: [
			{ id: 'q-a', goals: ['leiter'] },
			{ id: 'q-b', goals: [] },
			{ id: 'q-c', goals: ['grenzen', 'leiter', 'weg'] },
		],
	});

	it('lists exercises and questions per goal in order', () => {
		expect(matrix.rows.map((r) => [r.number, r.exercises, r.questions.map((q) => q.number)])).toEqual([
			[1, [1, 2], [1, 3]],
			[2, [2], []],
			[3, [], [3]],
		]);
	});
	it('marks goals without exercise or without question', () => {
		expect(matrix.rows.map((r) => [r.missingExercise, r.missingQuestion])).toEqual([
			[false, false],
			[false, true],
			[true, false],
		]);
		expect(matrix.covered).toBe(1);
	});
	it('reports tags that name no goal of the chapter', () => {
		expect(matrix.unknown).toEqual([
			{ kind: 'exercise', number: 3, goal: 'alt' },
			{ kind: 'question', number: 3, goal: 'weg' },
		]);
	});
	it('handles a chapter without exercises and quiz', () => {
		const empty = buildGoalMatrix({ goals, exercises: [], questions: [] });
		expect(empty.covered).toBe(0);
		expect(empty.rows.every((r) => r.missingExercise && r.missingQuestion)).toBe(true);
	});
});
