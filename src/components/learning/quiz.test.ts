import { describe, expect, it } from 'vitest';
import {
	answerFor,
	correctIndices,
	fillTemplate,
	isCorrectSelection,
	normalizeSelection,
	resetChapterQuiz,
	scoreQuiz,
	signQuestion,
	submitAnswer,
	validateQuizAnswers,
	type QuizAnswers,
	type QuizQuestion,
} from './quiz';

const single: QuizQuestion = {
	id: 'leiter',
	type: 'single',
	question: 'Wie viele Stufen hat die Leiter?',
	options: [
		{ text: 'Fünf', correct: false },
		{ text: 'Sieben', correct: true },
		{ text: 'Neun', correct: false },
	],
	explanation: 'Sie hat sieben Stufen.',
};

const multiple: QuizQuestion = {
	id: 'kennzahlen',
	type: 'multiple',
	question: 'Welche Kennzahlen misst das Monitoring?',
	options: [
		{ text: 'Follower', correct: true },
		{ text: 'Wetter', correct: false },
		{ text: 'Interaktionen', correct: true },
	],
	explanation: 'Follower und Interaktionen.',
};

describe('fillTemplate', () => {
	it('fills known placeholders and keeps unknown ones', () => {
		expect(fillTemplate('Frage {n} von {total} {x}', { n: 2, total: 6 })).toBe('Frage 2 von 6 {x}');
	});
});

describe('selection rules', () => {
	it('lists correct indices in order', () => {
		expect(correctIndices(multiple)).toEqual([0, 2]);
	});
	it('normalizes duplicates, order and out-of-range indices', () => {
		expect(normalizeSelection(multiple, [2, 0, 2, 7, -1])).toEqual([0, 2]);
	});
	it('rejects empty selections and several answers on single choice', () => {
		expect(normalizeSelection(single, [])).toBeUndefined();
		expect(normalizeSelection(single, [0, 1])).toBeUndefined();
		expect(normalizeSelection(single, [1.5])).toBeUndefined();
	});
	it('scores multiple choice all or nothing', () => {
		expect(isCorrectSelection(multiple, [2, 0])).toBe(true);
		expect(isCorrectSelection(multiple, [0])).toBe(false);
		expect(isCorrectSelection(multiple, [0, 1, 2])).toBe(false);
		expect(isCorrectSelection(single, [1])).toBe(true);
		expect(isCorrectSelection(single, [])).toBe(false);
	});
});

describe('answering and locking', () => {
	it('stores a normalized answer with the question signature', () => {
		const next = submitAnswer({}, 'echtzeit', multiple, [2, 0]);
		expect(next).toEqual({ echtzeit: { kennzahlen: { selected: [0, 2], sig: signQuestion(multiple) } } });
	});
	it('locks a question after the first submission', () => {
		const first = submitAnswer({}, 'echtzeit', single, [0]);
		const second = submitAnswer(first, 'echtzeit', single, [1]);
		expect(second).toBe(first);
		expect(answerFor(single, second['echtzeit'])?.selected).toEqual([0]);
	});
	it('ignores a submission without a valid selection', () => {
		const state: QuizAnswers = {};
		expect(submitAnswer(state, 'echtzeit', single, [])).toBe(state);
	});
	it('keeps other chapters and questions when answering', () => {
		const a = submitAnswer({ other: { q: { selected: [0], sig: 'x' } } }, 'echtzeit', single, [1]);
		const b = submitAnswer(a, 'echtzeit', multiple, [0]);
		expect(Object.keys(b)).toEqual(['other', 'echtzeit']);
		expect(Object.keys(b['echtzeit'] ?? {})).toEqual(['leiter', 'kennzahlen']);
	});
	it('reopens a question whose wording changed', () => {
		const state = submitAnswer({}, 'echtzeit', single, [1]);
		const reworded = { ...single, question: 'Wie viele Stufen hat die Leiter heute?' };
		expect(answerFor(reworded, state['echtzeit'])).toBeUndefined();
		expect(submitAnswer(state, 'echtzeit', reworded, [0])).not.toBe(state);
	});
	it('ignores a stored answer that no longer fits the options', () => {
		const answers = { leiter: { selected: [5], sig: signQuestion(single) } };
		expect(answerFor(single, answers)).toBeUndefined();
	});
	it('resets one chapter only', () => {
		const state = submitAnswer(submitAnswer({}, 'a', single, [1]), 'b', single, [1]);
		expect(resetChapterQuiz(state, 'a')).toEqual({ b: state['b'] });
		const untouched = resetChapterQuiz(state, 'c');
		expect(untouched).toBe(state);
	});
});

describe('scoreQuiz', () => {
	it('counts answered and correct questions', () => {
		let state: QuizAnswers = {};
		expect(scoreQuiz([single, multiple], state['k'])).toEqual({ total: 2, answered: 0, correct: 0 });
		state = submitAnswer(state, 'k', single, [1]);
		state = submitAnswer(state, 'k', multiple, [0]);
		expect(scoreQuiz([single, multiple], state['k'])).toEqual({ total: 2, answered: 2, correct: 1 });
	});
	it('does not count answers to questions that are no longer in the quiz', () => {
		const state = submitAnswer({}, 'k', single, [1]);
		expect(scoreQuiz([multiple], state['k'])).toEqual({ total: 1, answered: 0, correct: 0 });
	});
});

describe('validateQuizAnswers', () => {
	it('accepts the documented shape', () => {
		const data = { echtzeit: { leiter: { selected: [1], sig: 'abc123' }, kennzahlen: { selected: [0, 2], sig: 'z' } } };
		expect(validateQuizAnswers(data)).toEqual(data);
		expect(validateQuizAnswers({})).toEqual({});
	});
	it.each([
		['null', null],
		['an array', []],
		['a string', 'quiz'],
		['a bad chapter slug', { 'Echt Zeit': {} }],
		['a chapter that is not an object', { echtzeit: 3 }],
		['a chapter that is an array', { echtzeit: [] }],
		['a bad question id', { echtzeit: { 'x y': { selected: [0], sig: 'a' } } }],
		['an answer that is not an object', { echtzeit: { q: 1 } }],
		['a missing signature', { echtzeit: { q: { selected: [0] } } }],
		['a signature with odd characters', { echtzeit: { q: { selected: [0], sig: '<script>' } } }],
		['an empty selection', { echtzeit: { q: { selected: [], sig: 'a' } } }],
		['unsorted indices', { echtzeit: { q: { selected: [2, 1], sig: 'a' } } }],
		['duplicate indices', { echtzeit: { q: { selected: [1, 1], sig: 'a' } } }],
		['an index out of range', { echtzeit: { q: { selected: [6], sig: 'a' } } }],
		['a fractional index', { echtzeit: { q: { selected: [0.5], sig: 'a' } } }],
		['a string index', { echtzeit: { q: { selected: ['0'], sig: 'a' } } }],
	])('rejects %s', (_name, data) => {
		expect(validateQuizAnswers(data)).toBeUndefined();
	});
	it('rejects absurdly large data', () => {
		const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, {}]));
		expect(validateQuizAnswers(many)).toBeUndefined();
	});
	it('returns copies, not the stored arrays', () => {
		const selected = [0];
		const result = validateQuizAnswers({ k: { q: { selected, sig: 'a' } } });
		expect(result?.['k']?.['q']?.selected).not.toBe(selected);
	});
});
