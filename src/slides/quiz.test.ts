import { describe, expect, it } from 'vitest';
import { answerBlocks, partnerOrder, questionDrafts, shownOrder } from './quiz';
import { optionLetter as letter } from '../components/learning/quiz-order';
import type { Frage } from '../schemas/quiz';

const base = { explanation: 'Weil es so ist.', level: 'erinnern' as const, goals: [] };

describe('question slides', () => {
	it('asks a choice question with lettered options and answers it on the next slide', () => {
		const q: Frage = {
			...base,
			id: 'wahl',
			type: 'single',
			question: 'Welche Antwort stimmt hier?',
			options: [
				{ text: 'Falsch', correct: false },
				{ text: 'Richtig & gut', correct: true },
			],
		};
		const [question, answer] = questionDrafts(q, 2, 8, 'Kapitel 1: Test');
		expect(question.kind).toBe('frage');
		expect(question.title).toBe('Welche Antwort stimmt hier?');
		expect(question.eyebrow).toBe('Frage an die Gruppe · 2 von 8 · Eine Antwort ist richtig.');
		expect(question.blocks[0]).toMatchObject({ kind: 'list', letters: true, items: ['Falsch', 'Richtig &amp; gut'] });
		// The answer is not on the question slide, only in the speaker notes.
		expect(JSON.stringify(question.blocks)).not.toContain('Weil es so ist');
		expect(question.notes).toContain('B)\u00a0Richtig &amp; gut');
		expect(answer.kind).toBe('aufloesung');
		expect(JSON.stringify(answer.blocks)).toContain('B)\u00a0Richtig &amp; gut');
		expect(JSON.stringify(answer.blocks)).toContain('Weil es so ist.');
	});

	it('answers a numeric question with the value, unit and range in German format', () => {
		const q: Frage = {
			...base,
			id: 'zahl',
			type: 'numeric',
			question: 'Wie hoch ist der Lohn?',
			answer: 602.5,
			tolerance: 1,
			unit: '€',
		};
		expect(answerBlocks(q)[0]).toMatchObject({
			html: '<strong>Richtig ist 602,5\u00a0€. Als richtig gilt jeder Wert von 601,5\u00a0€ bis 603,5\u00a0€.</strong>',
		});
	});

	it('never shows an ordering question already in the right order', () => {
		const ordering = (id: string, n: number): Extract<Frage, { type: 'ordering' }> => ({
			...base,
			id,
			type: 'ordering',
			question: 'Bringen Sie es in Ordnung.',
			items: Array.from({ length: n }, (_, i) => `Punkt ${i}`),
		});
		for (const id of ['a', 'b', 'c', 'reihenfolge', 'x1', 'x2']) {
			for (const n of [3, 4, 5]) expect(shownOrder(ordering(id, n))).not.toEqual([...Array(n).keys()]);
			for (const n of [3, 4, 5]) expect(partnerOrder(id, n)).not.toEqual([...Array(n).keys()]);
		}
		expect(shownOrder(ordering('fest', 4))).toEqual(shownOrder(ordering('fest', 4)));
	});

	it('answers a matching question with the letters the question slide showed', () => {
		const q: Frage = {
			...base,
			id: 'paare',
			type: 'matching',
			question: 'Ordnen Sie die Punkte zu.',
			pairs: [
				{ left: 'L1', right: 'R1' },
				{ left: 'L2', right: 'R2' },
				{ left: 'L3', right: 'R3' },
			],
		};
		const order = partnerOrder('paare', 3);
		const [question] = questionDrafts(q, 1, 1, '');
		expect(question.blocks[0]).toMatchObject({
			kind: 'pairs',
			left: ['L1', 'L2', 'L3'],
			right: order.map((i) => `R${i + 1}`),
		});
		const items = (answerBlocks(q)[1] as { items: string[] }).items;
		expect(items[0]).toBe(`1\u00a0L1 – ${letter(order.indexOf(0))})\u00a0R1`);
	});
});
