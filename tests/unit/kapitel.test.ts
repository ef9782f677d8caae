import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * What issue #8 asks of every chapter and can be checked on the files themselves: a review date
 * with a „Stand“ box of the same year, a source list that is exactly what the text cites, learning
 * goals in one form, and no trace of the removed pseudo-reference „Ausgangsmaterial“.
 */
interface Goal {
	id: string;
	text: string;
}
const dir = join('content', 'kapitel');
const chapters = readdirSync(dir)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const text = readFileSync(join(dir, f), 'utf8');
		const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
		if (!match?.[1]) throw new Error(`${f}: kein Frontmatter`);
		return {
			slug: f.replace(/\.mdx$/, ''),
			data: parse(match[1]) as Record<string, unknown>,
			body: text.slice(match[0].length),
		};
	});

/** Attributes of every `<Name …>` tag in an MDX body, whatever their order. */
function tags(body: string, name: string): Record<string, string>[] {
	const tagPattern = new RegExp(`<${name}((?:\\s+[A-Za-z]+(?:="[^"]*")?)*)\\s*/?>`, 'g');
	return [...body.matchAll(tagPattern)].map(([, attrs = '']) =>
		Object.fromEntries(
			[...attrs.matchAll(/([A-Za-z]+)(?:="([^"]*)")?/g)].map(([, key = '', value = '']) => [key, value]),
		),
	);
}

/** Ids the body cites: `<Quelle id>`, `<Zitat quelle>`, `<Abbildung quelle>`. */
function citedIds(body: string): Set<string> {
	return new Set(
		[
			...tags(body, 'Quelle').map((a) => a['id']),
			...tags(body, 'Zitat').map((a) => a['quelle']),
			...tags(body, 'Abbildung').map((a) => a['quelle']),
		].filter((id): id is string => Boolean(id)),
	);
}

/** `reviewed` as „JJJJ-MM-TT“; YAML may hand over a string or a Date. */
const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the chapter helpers', () => {
	it('read attributes in any order and find every kind of citation', () => {
		const body =
			'Text <Quelle seite="3" id="a" /> mehr <Zitat quelle="b" seite="4">…</Zitat>\n' +
			'<Abbildung titel="T" folie quelle="c">…</Abbildung> <Hinweis jahr="2026" typ="stand" titel="X">';
		expect([...citedIds(body)].sort()).toEqual(['a', 'b', 'c']);
		expect(tags(body, 'Hinweis')).toEqual([{ jahr: '2026', typ: 'stand', titel: 'X' }]);
	});
});

describe.each(chapters)('chapter $slug', ({ data, body }) => {
	it('shows when it was reviewed and has a „Stand“ box of that year', () => {
		const reviewed = isoDate(data['reviewed']);
		expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const standYears = tags(body, 'Hinweis')
			.filter((a) => a['typ'] === 'stand')
			.map((a) => a['jahr']);
		expect(standYears).toContain(reviewed.slice(0, 4));
	});

	it('lists exactly the sources its text cites', () => {
		const listed = data['sources'] as string[];
		expect(new Set(listed).size, 'keine Quelle doppelt').toBe(listed.length);
		expect([...listed].sort()).toEqual([...citedIds(body)].sort());
	});

	it('states every learning goal as „Sie können …“', () => {
		for (const goal of data['goals'] as Goal[]) expect(goal.text, goal.id).toMatch(/^Sie können \S/);
	});
});

/** Every file under a content folder (chapters, exercises, quizzes, glossary). */
function filesIn(path: string): string[] {
	if (statSync(path).isDirectory()) return readdirSync(path).flatMap((f) => filesIn(join(path, f)));
	return [path];
}

describe('the texts readers see', () => {
	const files = ['kapitel', 'aufgaben', 'quiz', 'glossar'].flatMap((d) => filesIn(join('content', d)));

	it('exist', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('name the source text instead of the removed pseudo-reference „Ausgangsmaterial“', () => {
		const withPlaceholder = files.filter((f) => /ausgangsmaterial/i.test(readFileSync(f, 'utf8')));
		expect(withPlaceholder).toEqual([]);
	});
});
