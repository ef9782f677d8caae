import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frage } from '../schemas/quiz';
import {
	checkAssessment,
	correctIsLongest,
	correctListedFirst,
	normalizeQuestion,
	type RuleChapter,
	type RuleId,
} from './assessment-rules';
import { loadAssessmentContent } from './assessment-content';

const base = { explanation: 'Weil es so im Kapitel steht.', goals: ['a'] };
const single = (
	id: string,
	correct: number,
	texts = ['Eins', 'Zwei', 'Drei'],
	level: Frage['level'] = 'erinnern',
): Frage => ({
	...base,
	id,
	level,
	type: 'single',
	question: `Frage ${id}: Welche Antwort stimmt?`,
	options: texts.map((text, i) => ({ text, correct: i === correct })),
});
const multiple = (id: string, correct: number[]): Frage => ({
	...base,
	id,
	level: 'anwenden',
	type: 'multiple',
	question: `Frage ${id}: Welche Antworten stimmen?`,
	options: ['Aa', 'Bb', 'Cc', 'Dd'].map((text, i) => ({ text, correct: correct.includes(i) })),
});
const numeric: Frage = {
	...base,
	id: 'zahl',
	level: 'anwenden',
	type: 'numeric',
	question: 'Wie viele Stunden ergeben sich im Monat?',
	answer: 60.67,
	tolerance: 0.1,
	goals: ['b'],
};

/** A chapter that keeps every rule. */
function fairChapter(slug = 'fair'): RuleChapter {
	return {
		slug,
		goals: [{ id: 'a' }, { id: 'b' }],
		exercises: [
			{ number: 1, goals: ['a'] },
			{ number: 2, goals: ['b'] },
		],
		questions: [
			single(`${slug}-1`, 0, ['Lange richtige Antwort', 'Kurz', 'Kürzer']),
			single(`${slug}-2`, 1),
			single(`${slug}-3`, 2),
			single(`${slug}-4`, 1, ['Sehr lange falsche Antwort', 'Kurz', 'Auch kurz']),
			multiple(`${slug}-5`, [1, 3]),
			multiple(`${slug}-6`, [0, 1]),
			numeric,
			{ ...single(`${slug}-8`, 0, ['A', 'Bb', 'Cc'], 'analysieren') },
		].map((q, i) => (i === 6 ? { ...q, question: `${q.question} (${slug})` } : q)),
	};
}

const rules = (chapters: RuleChapter[]): RuleId[] => checkAssessment(chapters).map((p) => p.rule);

describe('checkAssessment', () => {
	it('accepts a fair chapter', () => {
		expect(checkAssessment([fairChapter('eins'), fairChapter('zwei')])).toEqual([]);
	});

	it('requires eight questions, three on application and one beyond choice', () => {
		const c = fairChapter();
		const few = { ...c, questions: c.questions?.filter((q) => q.type === 'single' && q.level === 'erinnern') };
		expect(rules([few])).toEqual(expect.arrayContaining(['mindestens-fragen', 'anwendung', 'nicht-auswahl']));
	});

	it('finds every right single-choice answer at one position', () => {
		const c = fairChapter();
		const same = {
			...c,
			questions: c.questions?.map((q) => (q.type === 'single' ? single(q.id, 1, ['Xx', 'Y', 'Zz'], q.level) : q)),
		};
		expect(rules([same])).toContain('position-einfach');
		const problem = checkAssessment([same]).find((p) => p.rule === 'position-einfach');
		expect(problem?.message).toMatch(/Position 2/);
		expect(problem?.file).toBe('content/quiz/fair.yaml');
	});

	it('allows the longest right answer in at most half of the single-choice questions', () => {
		const c = fairChapter();
		const longest = {
			...c,
			questions: c.questions?.map((q, i) =>
				q.type === 'single'
					? single(
							q.id,
							i % 3,
							['Kurz', 'Kurz', 'Kurz'].map((t, j) => (j === i % 3 ? 'Die lange richtige' : t)),
							q.level,
						)
					: q,
			),
		};
		expect(rules([longest])).toContain('laengste-antwort');
		expect(correctIsLongest(single('x', 0, ['abc', 'ab']) as never)).toBe(true);
		expect(correctIsLongest(single('x', 0, ['abc', 'abc']) as never)).toBe(false);
	});

	it('finds multiple-choice questions that all list their right answers first', () => {
		const c = fairChapter();
		const first = { ...c, questions: c.questions?.map((q) => (q.type === 'multiple' ? multiple(q.id, [0, 1]) : q)) };
		expect(rules([first])).toEqual(['mehrfach-vorn']);
		expect(correctListedFirst(multiple('x', [0, 1]) as never)).toBe(true);
		expect(correctListedFirst(multiple('x', [0, 2]) as never)).toBe(false);
	});

	it('requires every goal on an exercise and a question, and known tags only', () => {
		const c = fairChapter();
		const gaps: RuleChapter = {
			...c,
			goals: [...c.goals, { id: 'c' }],
			exercises: [...c.exercises, { number: 3, goals: ['alt'] }],
			questions: c.questions?.map((q, i) => (i === 0 ? { ...q, goals: ['weg'] } : q)),
		};
		const problems = checkAssessment([gaps]);
		expect(problems.map((p) => p.rule)).toEqual([
			'ziel-ohne-aufgabe',
			'ziel-ohne-frage',
			'unbekanntes-ziel',
			'unbekanntes-ziel',
		]);
		expect(problems.map((p) => p.file)).toEqual([
			'content/kapitel/fair.mdx',
			'content/kapitel/fair.mdx',
			'content/aufgaben/fair/3.mdx',
			'content/quiz/fair.yaml',
		]);
	});

	it('finds a question asked in two chapters, whatever the spacing and quotes', () => {
		const one = fairChapter('eins');
		const two = fairChapter('zwei');
		const copy = {
			...(one.questions?.[0] as Frage),
			id: 'kopie',
			question: ` FRAGE  eins-1: Welche „Antwort“ stimmt? `,
		};
		const withCopy = { ...two, questions: [...(two.questions ?? []), copy] };
		const problems = checkAssessment([one, withCopy]);
		expect(problems).toEqual([
			{
				rule: 'doppelte-frage',
				chapter: 'zwei',
				file: 'content/quiz/zwei.yaml',
				message: 'Frage „kopie“ steht schon in eins/eins-1.',
			},
		]);
		expect(normalizeQuestion('Was  „ist“ das?')).toBe('was ist das?');
	});

	it('reports a chapter without quiz', () => {
		expect(rules([{ ...fairChapter(), questions: undefined }])).toEqual([
			'quiz-fehlt',
			'ziel-ohne-frage',
			'ziel-ohne-frage',
		]);
	});
});

describe('loadAssessmentContent', () => {
	it('reads goals, exercise tags and the quiz with schema defaults from a content folder', () => {
		const root = mkdtempSync(join(tmpdir(), 'smp-inhalt-'));
		try {
			mkdirSync(join(root, 'kapitel'));
			mkdirSync(join(root, 'aufgaben', 'k'), { recursive: true });
			mkdirSync(join(root, 'quiz'));
			writeFileSync(
				join(root, 'kapitel', 'k.mdx'),
				'---\ntitle: K\ngoals:\n  - id: a\n    text: Sie können a.\n---\nText\n',
			);
			writeFileSync(join(root, 'kapitel', 'ohne.mdx'), '---\ntitle: Ohne\ngoals: []\n---\n');
			writeFileSync(join(root, 'aufgaben', 'k', '1.mdx'), '---\nnumber: 1\ngoals: [a]\n---\nTun\n');
			writeFileSync(
				join(root, 'quiz', 'k.yaml'),
				[
					'chapter: k',
					'questions:',
					...Array.from({ length: 6 }, (_, i) => [
						`  - id: q${i}`,
						'    type: single',
						`    question: "Frage Nummer ${i}: was gilt?"`,
						'    explanation: "Darum, wie im Kapitel."',
						'    options:',
						'      - { text: "Ja", correct: true }',
						'      - { text: "Nein", correct: false }',
					]).flat(),
				].join('\n'),
			);
			const chapters = loadAssessmentContent(root);
			expect(chapters.map((c) => c.slug)).toEqual(['k', 'ohne']);
			expect(chapters[0]?.goals).toEqual([{ id: 'a' }]);
			expect(chapters[0]?.exercises).toEqual([{ number: 1, goals: ['a'] }]);
			expect(chapters[0]?.questions?.[0]).toMatchObject({ level: 'erinnern', goals: [] });
			expect(chapters[1]?.questions).toBeUndefined();
			// The one call a content test makes:
			expect(checkAssessment(chapters).map((p) => p.rule)).toContain('quiz-fehlt');
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
