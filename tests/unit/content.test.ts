import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The book's structure, checked on the files themselves: every chapter has learning goals, key
 * points, at least four exercises, at least six quiz questions and at least one existing source.
 */
const root = 'content';
const frontmatter = (file: string): Record<string, unknown> => {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	if (!match?.[1]) throw new Error(`${file}: kein Frontmatter`);
	return parse(match[1]) as Record<string, unknown>;
};
const chapters = readdirSync(join(root, 'kapitel'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ slug: f.replace(/\.mdx$/, ''), data: frontmatter(join(root, 'kapitel', f)) }));
const sourceIds = new Set(readdirSync(join(root, 'quellen')).map((f) => f.replace(/\.yaml$/, '')));
const glossaryIds = new Set(readdirSync(join(root, 'glossar')).map((f) => f.replace(/\.yaml$/, '')));

describe('the book', () => {
	it('has chapters numbered 1..n without gaps', () => {
		expect(chapters.length).toBeGreaterThan(0);
		const orders = chapters.map((c) => Number(c.data['order'])).sort((a, b) => a - b);
		expect(orders).toEqual(chapters.map((_, i) => i + 1));
	});

	describe.each(chapters)('chapter $slug', ({ slug, data }) => {
		it('has learning goals, key points and sources that exist', () => {
			expect((data['goals'] as string[]).length).toBeGreaterThanOrEqual(2);
			expect((data['keyPoints'] as string[]).length).toBeGreaterThanOrEqual(3);
			const sources = data['sources'] as string[];
			expect(sources.length).toBeGreaterThanOrEqual(1);
			for (const id of sources) expect(sourceIds, `Quelle ${id}`).toContain(id);
		});

		it('has at least four exercises, numbered without gaps, of at least two kinds', () => {
			const dir = join(root, 'aufgaben', slug);
			const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
			expect(files.length).toBeGreaterThanOrEqual(4);
			const exercises = files.map((f) => frontmatter(join(dir, f)));
			expect(exercises.map((e) => e['number']).sort((a, b) => Number(a) - Number(b))).toEqual(
				exercises.map((_, i) => i + 1),
			);
			for (const e of exercises) expect(e['chapter']).toBe(slug);
			expect(new Set(exercises.map((e) => e['kind'])).size).toBeGreaterThanOrEqual(2);
		});

		it('has a quiz with at least six questions', () => {
			const quiz = parse(readFileSync(join(root, 'quiz', `${slug}.yaml`), 'utf8')) as { questions: unknown[] };
			expect(quiz.questions.length).toBeGreaterThanOrEqual(6);
		});

		it('has a substantial body and only known glossary terms and sources', () => {
			const body = readFileSync(join(root, 'kapitel', `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?---/, '');
			const words = body
				.replace(/<[^>]+>/g, ' ')
				.split(/\s+/)
				.filter((w) => /\p{L}/u.test(w));
			expect(words.length).toBeGreaterThanOrEqual(1500);
			for (const [, id] of body.matchAll(/<Begriff id="([^"]+)"/g)) expect(glossaryIds, `Begriff ${id}`).toContain(id);
			for (const [, id] of body.matchAll(/<Quelle id="([^"]+)"/g)) expect(sourceIds, `Quelle ${id}`).toContain(id);
		});
	});

	it('has a glossary of at least 40 terms', () => {
		expect(glossaryIds.size).toBeGreaterThanOrEqual(40);
	});
});
