/**
 * Reads the content folder from disk for `checkAssessment` (Node only: used by tests, not by the
 * site). Quizzes go through the content schema so that defaults (`level`, `goals`) apply exactly
 * as on the site; chapters and exercises only need their goal ids and tags.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { quizSchema } from '../schemas/quiz';
import type { RuleChapter } from './assessment-rules';

function frontmatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match?.[1]) throw new Error(`${file}: kein Frontmatter`);
	return parse(match[1]) as Record<string, unknown>;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Every chapter in `root` (e.g. `content`) with its goals, exercise tags and parsed quiz. */
export function loadAssessmentContent(root: string): RuleChapter[] {
	const chapterDir = join(root, 'kapitel');
	return readdirSync(chapterDir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((f) => {
			const slug = f.replace(/\.mdx$/, '');
			const data = frontmatter(join(chapterDir, f));
			const goals = (Array.isArray(data['goals']) ? data['goals'] : []).flatMap((g: unknown) =>
				typeof g === 'object' && g !== null && typeof (g as { id?: unknown }).id === 'string'
					? [{ id: (g as { id: string }).id }]
					: [],
			);
			const exerciseDir = join(root, 'aufgaben', slug);
			const exercises = existsSync(exerciseDir)
				? readdirSync(exerciseDir)
						.filter((e) => e.endsWith('.mdx'))
						.map((e) => {
							const fm = frontmatter(join(exerciseDir, e));
							return { number: Number(fm['number']), goals: strings(fm['goals']) };
						})
				: [];
			const quizFile = join(root, 'quiz', `${slug}.yaml`);
			const questions = existsSync(quizFile)
				? quizSchema.parse(parse(readFileSync(quizFile, 'utf8'))).questions
				: undefined;
			return { slug, goals, exercises, questions };
		});
}
