import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { signQuestion } from '../components/learning/quiz';
import { single as question } from '../components/learning/quiz-fixtures';

async function load() {
	vi.resetModules();
	const store = await import('./quiz');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$quizAnswers', () => {
	it('keeps the first answer and persists it as version 2', async () => {
		const { $quizAnswers, answerQuestion } = await load();
		answerQuestion('echtzeit', question, { selected: [0] });
		answerQuestion('echtzeit', question, { selected: [1] });
		expect($quizAnswers.get()['echtzeit']?.answers['leiter']).toEqual({ selected: [0], sig: signQuestion(question) });
		expect(JSON.parse(getTestStorage()['smp:quiz'] ?? '').v).toBe(2);
	});
	it('keeps the seed and the answers across a reload', async () => {
		const first = await load();
		first.ensureAttempt('echtzeit');
		first.answerQuestion('echtzeit', question, { selected: [1] });
		const seed = first.$quizAnswers.get()['echtzeit']?.seed;
		expect(typeof seed).toBe('number');
		const second = await load();
		second.ensureAttempt('echtzeit');
		expect(second.$quizAnswers.get()['echtzeit']?.seed).toBe(seed);
		expect(second.$quizAnswers.get()['echtzeit']?.answers['leiter']).toMatchObject({ selected: [1] });
	});
	it('gives a reset chapter a new seed and no answers', async () => {
		const { $quizAnswers, answerQuestion, ensureAttempt, resetQuiz, resetAllQuizzes } = await load();
		ensureAttempt('a');
		answerQuestion('a', question, { selected: [1] });
		answerQuestion('b', question, { selected: [1] });
		const before = $quizAnswers.get()['a']?.seed;
		resetQuiz('a');
		expect($quizAnswers.get()['a']?.answers).toEqual({});
		expect($quizAnswers.get()['a']?.seed).not.toBe(before);
		expect(Object.keys($quizAnswers.get()['b']?.answers ?? {})).toEqual(['leiter']);
		resetAllQuizzes();
		expect($quizAnswers.get()).toEqual({});
	});
	it('migrates answers stored by version 1 so that they keep counting', async () => {
		const v1 = { echtzeit: { leiter: { selected: [1], sig: signQuestion(question) } } };
		setTestStorageKey('smp:quiz', JSON.stringify({ v: 1, data: v1 }));
		const { $quizAnswers, $storageProblems } = await load();
		expect($quizAnswers.get()).toEqual({ echtzeit: { answers: v1.echtzeit } });
		expect($storageProblems.get()).toEqual([]);
	});
	it('reports tampered data and starts over', async () => {
		setTestStorageKey(
			'smp:quiz',
			JSON.stringify({ v: 2, data: { echtzeit: { answers: { leiter: { selected: [9], sig: 'x' } } } } }),
		);
		const { $quizAnswers, $storageProblems } = await load();
		expect($quizAnswers.get()).toEqual({});
		expect($storageProblems.get()[0]?.message).toMatch(/^Quiz-Antworten: /);
	});
	it('reports data from a newer version of the site', async () => {
		setTestStorageKey('smp:quiz', JSON.stringify({ v: 3, data: {} }));
		const { $storageProblems } = await load();
		expect($storageProblems.get()[0]?.message).toMatch(/neueren Version/);
	});
});
