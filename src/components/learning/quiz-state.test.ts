import { describe, expect, it } from 'vitest';
import { answerFor, scoreQuiz, signQuestion } from './quiz';
import { matching, multiple, numeric, ordering, single } from './quiz-fixtures';
import {
	migrateQuizState,
	resetChapterQuiz,
	startAttempt,
	submitAnswer,
	quizStateSchema,
	type QuizState,
} from './quiz-state';

describe('attempts and answers', () => {
	it('gives an attempt a seed once and keeps it', () => {
		const first = startAttempt({}, 'echtzeit', 42);
		expect(first).toEqual({ echtzeit: { seed: 42, answers: {} } });
		expect(startAttempt(first, 'echtzeit', 7)).toBe(first);
	});
	it('keeps migrated answers when a seed is added', () => {
		const state: QuizState = { echtzeit: { answers: { leiter: { selected: [1], sig: signQuestion(single) } } } };
		expect(startAttempt(state, 'echtzeit', 9)['echtzeit']).toEqual({ seed: 9, answers: state['echtzeit']?.answers });
	});
	it('stores a normalized answer with the question signature', () => {
		const next = submitAnswer({}, 'echtzeit', multiple, { selected: [2, 0] });
		expect(next).toEqual({ echtzeit: { answers: { kennzahlen: { selected: [0, 2], sig: signQuestion(multiple) } } } });
	});
	it('stores every kind and keeps the seed', () => {
		let state = startAttempt({}, 'k', 5);
		state = submitAnswer(state, 'k', numeric, { value: 602.7 });
		state = submitAnswer(state, 'k', ordering, { order: [3, 2, 1, 0] });
		state = submitAnswer(state, 'k', matching, { matches: [2, 1, 0] });
		expect(state['k']?.seed).toBe(5);
		expect(Object.keys(state['k']?.answers ?? {})).toEqual(['minijob', 'stufen', 'paare']);
		expect(scoreQuiz([numeric, ordering, matching], state['k']?.answers)).toEqual({
			total: 3,
			answered: 3,
			correct: 1,
		});
	});
	it('locks a question after the first submission', () => {
		const first = submitAnswer({}, 'echtzeit', single, { selected: [0] });
		expect(submitAnswer(first, 'echtzeit', single, { selected: [1] })).toBe(first);
	});
	it('ignores a submission that cannot be scored', () => {
		const state: QuizState = {};
		expect(submitAnswer(state, 'echtzeit', single, { selected: [] })).toBe(state);
		expect(submitAnswer(state, 'echtzeit', numeric, { value: Number.NaN })).toBe(state);
		expect(submitAnswer(state, 'echtzeit', ordering, { order: [0, 1] })).toBe(state);
	});
	it('reopens a question whose wording changed', () => {
		const state = submitAnswer({}, 'echtzeit', single, { selected: [1] });
		const reworded = { ...single, question: 'Wie viele Stufen hat die Leiter heute?' };
		expect(submitAnswer(state, 'echtzeit', reworded, { selected: [0] })).not.toBe(state);
	});
	it('resets one chapter with a new seed that differs from the old one', () => {
		const state = submitAnswer(startAttempt({}, 'a', 3), 'a', single, { selected: [1] });
		const b = submitAnswer(state, 'b', single, { selected: [1] });
		const reset = resetChapterQuiz(b, 'a', 11);
		expect(reset['a']).toEqual({ seed: 11, answers: {} });
		expect(reset['b']).toBe(b['b']);
		expect(resetChapterQuiz(b, 'a', 3)['a']?.seed).not.toBe(3);
	});
});

describe('quizStateSchema', () => {
	const sig = 'abc123';
	it('accepts the documented shape', () => {
		const data = {
			echtzeit: {
				seed: 4294967295,
				answers: {
					leiter: { selected: [1], sig },
					zahl: { value: -12.5, sig },
					reihe: { order: [2, 0, 1], sig },
					paare: { matches: [1, 1, 0], sig },
				},
			},
			'big-data': { answers: {} },
		};
		expect(quizStateSchema(data)).toEqual(data);
		expect(quizStateSchema({})).toEqual({});
	});
	it.each([
		['null', null],
		['an array', []],
		['a bad chapter slug', { 'Echt Zeit': { answers: {} } }],
		['a chapter without answers', { echtzeit: {} }],
		['an unknown chapter field', { echtzeit: { answers: {}, extra: 1 } }],
		['a negative seed', { echtzeit: { seed: -1, answers: {} } }],
		['a fractional seed', { echtzeit: { seed: 1.5, answers: {} } }],
		['a seed too large', { echtzeit: { seed: 2 ** 32, answers: {} } }],
		['a bad question id', { echtzeit: { answers: { 'x y': { selected: [0], sig } } } }],
		['a missing signature', { echtzeit: { answers: { q: { selected: [0] } } } }],
		['a signature with odd characters', { echtzeit: { answers: { q: { selected: [0], sig: '<b>' } } } }],
		['two response kinds', { echtzeit: { answers: { q: { selected: [0], value: 1, sig } } } }],
		['an unsorted selection', { echtzeit: { answers: { q: { selected: [2, 1], sig } } } }],
		['an index out of range', { echtzeit: { answers: { q: { selected: [6], sig } } } }],
		['a string number', { echtzeit: { answers: { q: { value: '12', sig } } } }],
		['an infinite number', { echtzeit: { answers: { q: { value: 1e400, sig } } } }],
		['a repeated item in an order', { echtzeit: { answers: { q: { order: [0, 0, 1], sig } } } }],
		['too many matches', { echtzeit: { answers: { q: { matches: [0, 1, 2, 3, 4, 5, 6, 7, 0], sig } } } }],
	])('rejects %s', (_name, data) => {
		expect(quizStateSchema(data)).toBeUndefined();
	});
	it('returns copies, not the stored arrays', () => {
		const selected = [0];
		const result = quizStateSchema({ k: { answers: { q: { selected, sig } } } });
		const answer = result?.['k']?.answers['q'];
		expect(answer && 'selected' in answer ? answer.selected : undefined).not.toBe(selected);
	});
});

describe('migration from version 1', () => {
	const v1 = {
		echtzeit: {
			leiter: { selected: [1], sig: signQuestion(single) },
			kennzahlen: { selected: [0, 2], sig: signQuestion(multiple) },
		},
		'big-data': {},
	};
	it('wraps the answers of every chapter into an attempt without a seed', () => {
		const migrated = quizStateSchema(migrateQuizState(v1, 1));
		expect(migrated).toEqual({
			echtzeit: { answers: v1.echtzeit },
			'big-data': { answers: {} },
		});
	});
	it('keeps old answers counting where the question still exists with the same wording', () => {
		const migrated = quizStateSchema(migrateQuizState(v1, 1));
		const answers = migrated?.['echtzeit']?.answers;
		expect(scoreQuiz([single, multiple], answers)).toEqual({ total: 2, answered: 2, correct: 2 });
		// Reworded, removed or turned into another kind: open again, but nothing else is lost.
		const reworded = { ...single, options: single.options.map((o) => ({ ...o, text: `${o.text}!` })) };
		const nowNumeric = { ...numeric, id: 'leiter' };
		expect(answerFor(reworded, answers)).toBeUndefined();
		expect(answerFor(nowNumeric, answers)).toBeUndefined();
		expect(scoreQuiz([reworded, multiple], answers)).toEqual({ total: 2, answered: 1, correct: 1 });
	});
	it('gives a seed on first view after migration', () => {
		const migrated = quizStateSchema(migrateQuizState(v1, 1)) ?? {};
		const started = startAttempt(migrated, 'echtzeit', 77);
		expect(started['echtzeit']?.seed).toBe(77);
		expect(started['echtzeit']?.answers).toEqual(v1.echtzeit);
	});
	it('rejects what it cannot migrate, so the store reports it', () => {
		expect(migrateQuizState([], 1)).toBeUndefined();
		expect(migrateQuizState('x', 1)).toBeUndefined();
		expect(migrateQuizState({}, 0)).toBeUndefined();
		expect(quizStateSchema(migrateQuizState({ echtzeit: { q: { selected: [9], sig: 'a' } } }, 1))).toBeUndefined();
	});
});
