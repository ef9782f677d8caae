import { describe, expect, it } from 'vitest';
import {
	answerFor,
	correctIndices,
	fillTemplate,
	isCorrectResponse,
	isWithinTolerance,
	normalizeResponse,
	parseNumericAnswer,
	partResults,
	scoreQuiz,
	signQuestion,
	type ChoiceQuestion,
	type StoredAnswer,
} from './quiz';
import { matching, multiple, numeric, ordering, single } from './quiz-fixtures';

describe('fillTemplate', () => {
	it('fills known placeholders and keeps unknown ones', () => {
		expect(fillTemplate('Frage {n} von {total} {x}', { n: 2, total: 6 })).toBe('Frage 2 von 6 {x}');
	});
});

describe('signQuestion', () => {
	it('keeps the version 1 fingerprint of choice questions', () => {
		// Value computed by the version 1 code; stored answers depend on it.
		const v1 = (() => {
			const text = [single.question, ...single.options.map((o) => o.text)].join('\u0000');
			let hash = 5381;
			for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
			return hash.toString(36);
		})();
		expect(signQuestion(single)).toBe(v1);
	});
	it('changes with the wording, the items and the kind', () => {
		expect(signQuestion({ ...numeric, question: 'Wie hoch ist die Grenze heute?' })).not.toBe(signQuestion(numeric));
		expect(signQuestion({ ...ordering, items: ['Critics', 'Creators', 'Collectors', 'Joiners'] })).not.toBe(
			signQuestion(ordering),
		);
		const asChoice: ChoiceQuestion = { ...single, question: numeric.question, options: [] };
		expect(signQuestion(asChoice)).not.toBe(signQuestion(numeric));
	});
});

describe('choice questions', () => {
	it('lists correct indices in order', () => {
		expect(correctIndices(multiple)).toEqual([0, 2]);
	});
	it('normalizes duplicates, order and out-of-range indices', () => {
		expect(normalizeResponse(multiple, { selected: [2, 0, 2, 7, -1] })).toEqual({ selected: [0, 2] });
	});
	it('rejects empty selections, several answers on single choice and other response kinds', () => {
		expect(normalizeResponse(single, { selected: [] })).toBeUndefined();
		expect(normalizeResponse(single, { selected: [0, 1] })).toBeUndefined();
		expect(normalizeResponse(single, { selected: [1.5] })).toBeUndefined();
		expect(normalizeResponse(single, { value: 1 })).toBeUndefined();
	});
	it('scores multiple choice all or nothing', () => {
		expect(isCorrectResponse(multiple, { selected: [2, 0] })).toBe(true);
		expect(isCorrectResponse(multiple, { selected: [0] })).toBe(false);
		expect(isCorrectResponse(multiple, { selected: [0, 1, 2] })).toBe(false);
		expect(isCorrectResponse(single, { selected: [1] })).toBe(true);
		expect(isCorrectResponse(single, { selected: [] })).toBe(false);
	});
});

describe('numeric questions', () => {
	it('accepts answers within the tolerance, on both sides and at the edge', () => {
		expect(isCorrectResponse(numeric, { value: 603 })).toBe(true);
		expect(isCorrectResponse(numeric, { value: 602.5 })).toBe(true);
		expect(isCorrectResponse(numeric, { value: 603.5 })).toBe(true);
		expect(isCorrectResponse(numeric, { value: 603.51 })).toBe(false);
		expect(isCorrectResponse(numeric, { value: 556 })).toBe(false);
	});
	it('is not fooled by binary rounding', () => {
		expect(isWithinTolerance(0.1 + 0.2, 0.3, 0)).toBe(true);
		expect(isWithinTolerance(60.66666666666667, 60.67, 0.01)).toBe(true);
		expect(isWithinTolerance(60.65, 60.67, 0.01)).toBe(false);
	});
	it('requires exactness with tolerance 0', () => {
		const exact = { ...numeric, tolerance: 0 };
		expect(isCorrectResponse(exact, { value: 603 })).toBe(true);
		expect(isCorrectResponse(exact, { value: 603.01 })).toBe(false);
	});
	it('rejects values that are not finite or absurdly large', () => {
		expect(normalizeResponse(numeric, { value: Number.NaN })).toBeUndefined();
		expect(normalizeResponse(numeric, { value: Number.POSITIVE_INFINITY })).toBeUndefined();
		expect(normalizeResponse(numeric, { value: 1e13 })).toBeUndefined();
	});
	it.each([
		['603', 603],
		['602,7', 602.7],
		['1.234,5', 1234.5],
		['0,125', 0.125],
		['0.125', 0.125],
		['603 €', 603],
		['603€', 603],
		['  -12,5 ', -12.5],
		['24 %', 24],
	])('reads „%s“ with decimal comma and unit as %d', (raw, value) => {
		expect(parseNumericAnswer(raw, raw.includes('€') ? '€' : undefined)).toEqual({ ok: true, value });
	});
	it.each(['', 'sechshundert', '6,0,3', '1e400'])('answers „%s“ with a German message', (raw) => {
		const result = parseNumericAnswer(raw, '€');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/Zahl|Wert/);
	});
});

describe('ordering and matching questions', () => {
	it('needs a full permutation of the items', () => {
		expect(normalizeResponse(ordering, { order: [3, 2, 1, 0] })).toEqual({ order: [3, 2, 1, 0] });
		expect(normalizeResponse(ordering, { order: [0, 1, 2] })).toBeUndefined();
		expect(normalizeResponse(ordering, { order: [0, 0, 1, 2] })).toBeUndefined();
		expect(normalizeResponse(ordering, { order: [0, 1, 2, 4] })).toBeUndefined();
	});
	it('scores the order all or nothing and reports each position', () => {
		expect(isCorrectResponse(ordering, { order: [0, 1, 2, 3] })).toBe(true);
		expect(isCorrectResponse(ordering, { order: [1, 0, 2, 3] })).toBe(false);
		expect(partResults(ordering, { order: [1, 0, 2, 3] })).toEqual([false, false, true, true]);
	});
	it('needs a partner for every left item; a partner may be chosen twice', () => {
		expect(normalizeResponse(matching, { matches: [0, 1] })).toBeUndefined();
		expect(normalizeResponse(matching, { matches: [0, 0, 2] })).toEqual({ matches: [0, 0, 2] });
		expect(isCorrectResponse(matching, { matches: [0, 1, 2] })).toBe(true);
		expect(isCorrectResponse(matching, { matches: [0, 0, 2] })).toBe(false);
		expect(partResults(matching, { matches: [0, 0, 2] })).toEqual([true, false, true]);
	});
});

describe('answerFor and scoreQuiz', () => {
	const sig = (q: Parameters<typeof signQuestion>[0]) => signQuestion(q);
	const answers: Record<string, StoredAnswer> = {
		leiter: { selected: [1], sig: sig(single) },
		kennzahlen: { selected: [0], sig: sig(multiple) },
		minijob: { value: 603, sig: sig(numeric) },
		stufen: { order: [1, 0, 2, 3], sig: sig(ordering) },
		paare: { matches: [0, 1, 2], sig: sig(matching) },
	};
	it('counts answered and correct questions of every kind', () => {
		expect(scoreQuiz([single, multiple, numeric, ordering, matching], answers)).toEqual({
			total: 5,
			answered: 5,
			correct: 3,
		});
		expect(scoreQuiz([single], undefined)).toEqual({ total: 1, answered: 0, correct: 0 });
	});
	it('does not count answers to reworded or removed questions', () => {
		const reworded = { ...single, question: 'Wie viele Stufen hat die Leiter heute?' };
		expect(answerFor(reworded, answers)).toBeUndefined();
		expect(scoreQuiz([reworded, multiple], answers)).toEqual({ total: 2, answered: 1, correct: 0 });
	});
	it('ignores a stored answer that no longer fits the question', () => {
		expect(answerFor(single, { leiter: { selected: [5], sig: sig(single) } })).toBeUndefined();
		expect(answerFor(ordering, { stufen: { order: [0, 1, 2], sig: sig(ordering) } })).toBeUndefined();
		expect(answerFor(numeric, { minijob: { selected: [0], sig: sig(numeric) } })).toBeUndefined();
	});
});
