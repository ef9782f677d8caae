import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import type { QuizQuestion } from '../components/learning/quiz';

const question: QuizQuestion = {
	id: 'leiter',
	type: 'single',
	question: 'Wie viele Stufen hat die Leiter?',
	options: [
		{ text: 'Fünf', correct: false },
		{ text: 'Sieben', correct: true },
	],
	explanation: 'Sie hat sieben Stufen.',
};

async function load() {
	vi.resetModules();
	const store = await import('./quiz');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$quizAnswers', () => {
	it('keeps the first answer and persists it', async () => {
		const { $quizAnswers, answerQuestion } = await load();
		answerQuestion('echtzeit', question, [0]);
		answerQuestion('echtzeit', question, [1]);
		expect($quizAnswers.get()['echtzeit']?.['leiter']?.selected).toEqual([0]);
		expect(JSON.parse(getTestStorage()['smp:quiz'] ?? '').v).toBe(1);
	});
	it('survives a reload', async () => {
		const first = await load();
		first.answerQuestion('echtzeit', question, [1]);
		const second = await load();
		expect(second.$quizAnswers.get()['echtzeit']?.['leiter']?.selected).toEqual([1]);
	});
	it('resets one chapter or all', async () => {
		const { $quizAnswers, answerQuestion, resetQuiz, resetAllQuizzes } = await load();
		answerQuestion('a', question, [1]);
		answerQuestion('b', question, [1]);
		resetQuiz('a');
		expect(Object.keys($quizAnswers.get())).toEqual(['b']);
		resetAllQuizzes();
		expect($quizAnswers.get()).toEqual({});
	});
	it('reports tampered data and starts over', async () => {
		setTestStorageKey(
			'smp:quiz',
			JSON.stringify({ v: 1, data: { echtzeit: { leiter: { selected: [9], sig: 'x' } } } }),
		);
		const { $quizAnswers, $storageProblems } = await load();
		expect($quizAnswers.get()).toEqual({});
		expect($storageProblems.get()[0]?.message).toMatch(/^Quiz-Antworten: /);
	});
	it('reports data from a newer version of the site', async () => {
		setTestStorageKey('smp:quiz', JSON.stringify({ v: 2, data: {} }));
		const { $storageProblems } = await load();
		expect($storageProblems.get()[0]?.message).toMatch(/neueren Version/);
	});
});
