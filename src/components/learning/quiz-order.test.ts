import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isIdentity } from '../../lib/seeded-shuffle';
import { matching, multiple, ordering, single } from './quiz-fixtures';
import {
	initialItemOrder,
	matchingChoiceOrder,
	matchingRowOrder,
	optionLetter,
	optionOrder,
	questionOrder,
} from './quiz-order';

const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);

describe('display order', () => {
	it('keeps file order without a seed (trainer key, print)', () => {
		expect(questionOrder([single, multiple, ordering], undefined, true)).toEqual([0, 1, 2]);
		expect(optionOrder(single, undefined)).toEqual([0, 1, 2]);
		expect(matchingRowOrder(matching, undefined)).toEqual([0, 1, 2]);
	});
	it('shuffles questions only when the quiz asks for it', () => {
		const questions = Array.from({ length: 8 }, (_, i) => ({ ...single, id: `q${i}` }));
		expect(questionOrder(questions, 5, false)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		const orders = new Set(Array.from({ length: 20 }, (_, s) => questionOrder(questions, s, true).join()));
		expect(orders.size).toBeGreaterThan(15);
	});
	it('gives every order as a permutation, the same for the same seed', () => {
		fc.assert(
			fc.property(seed, (s) => {
				for (const order of [
					optionOrder(multiple, s),
					initialItemOrder(ordering, s),
					matchingRowOrder(matching, s),
					matchingChoiceOrder(matching, s),
				]) {
					expect(sorted(order)).toEqual(order.map((_, i) => i));
				}
				expect(optionOrder(single, s)).toEqual(optionOrder(single, s));
			}),
		);
	});
	it('never starts an ordering question in the solved order', () => {
		fc.assert(
			fc.property(seed, (s) => {
				expect(isIdentity(initialItemOrder(ordering, s))).toBe(false);
			}),
		);
		const two = { ...ordering, items: ['a', 'b'] };
		fc.assert(
			fc.property(seed, (s) => {
				expect(initialItemOrder(two, s)).toEqual([1, 0]);
			}),
		);
	});
	it('shuffles the options of different questions independently', () => {
		const a = { ...single, id: 'a', options: [...single.options, ...single.options].slice(0, 6) };
		const b = { ...a, id: 'b' };
		const same = Array.from({ length: 50 }, (_, s) => optionOrder(a, s).join() === optionOrder(b, s).join());
		expect(same.filter(Boolean).length).toBeLessThan(10);
	});
	it('letters options in display order', () => {
		expect([0, 1, 2, 5].map(optionLetter)).toEqual(['A', 'B', 'C', 'F']);
	});
});
