/**
 * The learning-goal matrix of a chapter: for every goal, the exercises and quiz questions tagged
 * with it, and whether one of the two is missing; plus tags that name no goal of the chapter.
 * Pure; rendered for trainers on /seminar/ (LernzielMatrix.astro).
 */

export interface MatrixGoal {
	id: string;
	text: string;
}

export interface MatrixInput {
	goals: readonly MatrixGoal[];
	/** Exercises with their number in the chapter and goal tags. */
	exercises: readonly { number: number; goals: readonly string[] }[];
	/** Quiz questions in file order (question n is index n-1) with their goal tags. */
	questions: readonly { id: string; goals: readonly string[] }[];
}

export interface MatrixRow {
	goal: MatrixGoal;
	/** Position of the goal in the chapter, 1-based. */
	number: number;
	/** Numbers of the exercises practising the goal, ascending. */
	exercises: number[];
	/** Quiz questions testing the goal: 1-based number in the file and id. */
	questions: { number: number; id: string }[];
	missingExercise: boolean;
	missingQuestion: boolean;
}

/** A tag that names no goal of the chapter, e.g. after a goal was renamed. */
export interface UnknownTag {
	kind: 'exercise' | 'question';
	/** Exercise number or question number (1-based). */
	number: number;
	goal: string;
}

export interface GoalMatrix {
	rows: MatrixRow[];
	unknown: UnknownTag[];
	/** Goals with at least one exercise and one question. */
	covered: number;
}

/** Build the matrix of one chapter. */
export function buildGoalMatrix(input: MatrixInput): GoalMatrix {
	const ids = new Set(input.goals.map((g) => g.id));
	const rows = input.goals.map((goal, i) => {
		const exercises = input.exercises
			.filter((e) => e.goals.includes(goal.id))
			.map((e) => e.number)
			.sort((a, b) => a - b);
		const questions = input.questions.flatMap((q, n) =>
			q.goals.includes(goal.id) ? [{ number: n + 1, id: q.id }] : [],
		);
		return {
			goal,
			number: i + 1,
			exercises,
			questions,
			missingExercise: exercises.length === 0,
			missingQuestion: questions.length === 0,
		};
	});
	const unknown: UnknownTag[] = [
		...input.exercises.flatMap((e) =>
			e.goals.filter((g) => !ids.has(g)).map((goal) => ({ kind: 'exercise' as const, number: e.number, goal })),
		),
		...input.questions.flatMap((q, n) =>
			q.goals.filter((g) => !ids.has(g)).map((goal) => ({ kind: 'question' as const, number: n + 1, goal })),
		),
	];
	return { rows, unknown, covered: rows.filter((r) => !r.missingExercise && !r.missingQuestion).length };
}
