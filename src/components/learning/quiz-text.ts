/**
 * Texts about answers, shared by the island (feedback, announcements) and the trainer key:
 * the right answer of any question kind and numbers with their unit, formatted for de-DE.
 */
import { formatNumber } from '../../lib/number';
import { correctIndices, type NumericQuestion, type QuizQuestion } from './quiz';
import { optionLetter, optionOrder } from './quiz-order';
import { fillTemplate } from '../../lib/template';

/** Strings the answer texts need. */
export interface AnswerLabels {
	rightAnswer: string;
	rightAnswers: string;
	numericSolution: string;
	numericTolerance: string;
	correctOrder: string;
	correctPairs: string;
}

/** A number with up to six decimals and its unit, joined by a no-break space: „602,5 €“. */
export function formatWithUnit(value: number, unit: string | undefined): string {
	const number = formatNumber(value, 6);
	return unit ? `${number}\u00a0${unit}` : number;
}

/** „Richtig ist 603 €. Als richtig gilt jeder Wert von 602,5 € bis 603,5 €.“ */
export function numericSolutionText(q: NumericQuestion, t: AnswerLabels): string {
	const solution = fillTemplate(t.numericSolution, { answer: formatWithUnit(q.answer, q.unit) });
	if (q.tolerance === 0) return solution;
	const range = fillTemplate(t.numericTolerance, {
		from: formatWithUnit(q.answer - q.tolerance, q.unit),
		to: formatWithUnit(q.answer + q.tolerance, q.unit),
	});
	return `${solution} ${range}`;
}

/**
 * The right answer in one sentence, for the live region: „Richtige Antwort: B) Sieben“. Letters
 * follow the order the learner saw (`seed`), or the file order without a seed.
 */
export function rightAnswerText(q: QuizQuestion, t: AnswerLabels, seed?: number): string {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const order = optionOrder(q, seed);
			const right = order.flatMap((i, position) =>
				correctIndices(q).includes(i) ? [`${optionLetter(position)}) ${q.options[i]?.text ?? ''}`] : [],
			);
			return `${right.length > 1 ? t.rightAnswers : t.rightAnswer} ${right.join('; ')}`;
		}
		case 'numeric':
			return numericSolutionText(q, t);
		case 'ordering':
			return `${t.correctOrder} ${q.items.join(' – ')}`;
		case 'matching':
			return `${t.correctPairs} ${q.pairs.map((p) => `${p.left} – ${p.right}`).join('; ')}`;
	}
}
