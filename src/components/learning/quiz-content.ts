/** Turns validated quiz content (src/schemas/quiz.ts) into the serializable questions the island receives. */
import type { Frage } from '../../schemas/quiz';
import type { QuizQuestion } from './quiz';

/** Only what the learner view needs: level and goal tags stay on the server. */
export function toQuizQuestion(frage: Frage): QuizQuestion {
	const base = { id: frage.id, question: frage.question, explanation: frage.explanation };
	switch (frage.type) {
		case 'single':
		case 'multiple':
			return { ...base, type: frage.type, options: frage.options.map((o) => ({ text: o.text, correct: o.correct })) };
		case 'numeric':
			return {
				...base,
				type: 'numeric',
				answer: frage.answer,
				tolerance: frage.tolerance,
				...(frage.unit === undefined ? {} : { unit: frage.unit }),
			};
		case 'ordering':
			return { ...base, type: 'ordering', items: [...frage.items] };
		case 'matching':
			return { ...base, type: 'matching', pairs: frage.pairs.map((p) => ({ left: p.left, right: p.right })) };
	}
}
