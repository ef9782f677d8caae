/**
 * The order a learner sees: questions, options, ordering items and matching partners, all
 * derived from the attempt's seed (see `lib/seeded-shuffle.ts`). Every function returns a
 * permutation of canonical indices: entry `i` is the canonical index shown at position `i`.
 * Without a seed (trainer key, print, no JavaScript) everything stays in file order.
 */
import { isIdentity, seededPermutation } from '../../lib/seeded-shuffle';
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, QuizQuestion } from './quiz';

const fileOrder = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Order of the questions; shuffled only when the quiz asks for it. */
export function questionOrder(
	questions: readonly QuizQuestion[],
	seed: number | undefined,
	shuffle: boolean,
): number[] {
	if (seed === undefined || !shuffle) return fileOrder(questions.length);
	return seededPermutation(questions.length, seed, 'fragen');
}

/** Order of a choice question's options; options are always shuffled. */
export function optionOrder(question: ChoiceQuestion, seed: number | undefined): number[] {
	const n = question.options.length;
	return seed === undefined ? fileOrder(n) : seededPermutation(n, seed, `${question.id}:optionen`);
}

/**
 * The starting order of an ordering question's items. It is never already the solution: an
 * unshuffled list would give the answer away, so an identity permutation is rotated by one.
 */
export function initialItemOrder(question: OrderingQuestion, seed: number | undefined): number[] {
	const n = question.items.length;
	const order = seededPermutation(n, seed ?? 0, `${question.id}:reihenfolge`);
	return n > 1 && isIdentity(order) ? [...order.slice(1), 0] : order;
}

/** Order of the left items of a matching question (rows). */
export function matchingRowOrder(question: MatchingQuestion, seed: number | undefined): number[] {
	const n = question.pairs.length;
	return seed === undefined ? fileOrder(n) : seededPermutation(n, seed, `${question.id}:links`);
}

/** Order of the right partners offered in every select of a matching question. */
export function matchingChoiceOrder(question: MatchingQuestion, seed: number | undefined): number[] {
	const n = question.pairs.length;
	return seededPermutation(n, seed ?? 0, `${question.id}:rechts`);
}

/** Letter of an option at a display position: 0 → „A“, 1 → „B“ … */
export function optionLetter(position: number): string {
	return String.fromCharCode(65 + position);
}
