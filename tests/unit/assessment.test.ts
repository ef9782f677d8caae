import { describe, expect, it } from 'vitest';
import { checkAssessment } from '../../src/lib/assessment-rules';
import { loadAssessmentContent } from '../../src/lib/assessment-content';

/**
 * The real quizzes and exercises keep the rules of a fair assessment (see assessment-rules.ts):
 * no giveaway answer patterns, enough application questions, every learning goal practised and
 * tested. A failure names the file and what to change.
 */
const chapters = loadAssessmentContent('content');

describe('the assessment', () => {
	it('keeps every rule in every chapter', () => {
		expect(checkAssessment(chapters)).toEqual([]);
	});

	it('uses the new question kinds across the book', () => {
		const kinds = chapters.flatMap((c) => c.questions ?? []).map((q) => q.type);
		const count = (type: string) => kinds.filter((k) => k === type).length;
		// Numeric questions practise calculation, ordering the ladder and timelines, matching terms.
		expect(count('numeric')).toBeGreaterThanOrEqual(4);
		expect(count('ordering')).toBeGreaterThanOrEqual(2);
		expect(count('matching')).toBeGreaterThanOrEqual(3);
	});
});
