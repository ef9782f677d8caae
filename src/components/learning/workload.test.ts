import { describe, expect, it } from 'vitest';
import { chapterWorkload, formatDuration, quizMinutes, sumWorkloads } from './workload';

describe('quizMinutes', () => {
	it('counts a minute per question, more for application and for non-choice kinds, rounded up to five', () => {
		expect(quizMinutes([])).toBe(0);
		expect(quizMinutes([{ type: 'single', level: 'erinnern' }])).toBe(5);
		const quiz = [
			...Array.from({ length: 5 }, () => ({ type: 'single' as const, level: 'erinnern' as const })),
			{ type: 'multiple' as const, level: 'anwenden' as const },
			{ type: 'numeric' as const, level: 'anwenden' as const },
			{ type: 'ordering' as const, level: 'analysieren' as const },
			{ type: 'matching' as const, level: 'erinnern' as const },
		];
		// 5 + 2 + 3 + 3 + 2 = 15
		expect(quizMinutes(quiz)).toBe(15);
		expect(quizMinutes([...quiz, { type: 'single', level: 'erinnern' }])).toBe(20);
	});
});

describe('chapterWorkload', () => {
	it('adds reading, exercises and quiz', () => {
		const w = chapterWorkload(25, [60, 30, 45], [{ type: 'single', level: 'anwenden' }]);
		expect(w).toEqual({ reading: 25, exercises: 135, quiz: 5, total: 165 });
		expect(sumWorkloads([w, w])).toEqual({ reading: 50, exercises: 270, quiz: 10, total: 330 });
		expect(sumWorkloads([])).toEqual({ reading: 0, exercises: 0, quiz: 0, total: 0 });
	});
});

describe('formatDuration', () => {
	it.each([
		[0, '0\u00a0Min.'],
		[25, '25\u00a0Min.'],
		[60, '1\u00a0Std.'],
		[155, '2\u00a0Std. 35\u00a0Min.'],
		[1500, '25\u00a0Std.'],
		[-3, '0\u00a0Min.'],
	])('%d minutes → „%s“', (minutes, text) => {
		expect(formatDuration(minutes)).toBe(text);
	});
});
