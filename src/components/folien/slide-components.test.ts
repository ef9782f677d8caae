import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every component name chapters and exercises can use must have a stand-in in the deck's map, or
 * MDX fails to render the chapter for its slides. Read from the source files, because importing
 * the maps would load every calculator.
 */
const keys = (file: string, name: string): string[] => {
	const text = readFileSync(file, 'utf8');
	const body = new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\};`).exec(text)?.[1] ?? '';
	return [...body.matchAll(/^\s*(?:\.\.\.\w+|(\w+))\s*(?::|,)/gm)].flatMap((m) => (m[1] ? [m[1]] : []));
};
const used = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.mdx'))
		.flatMap((e) =>
			[...readFileSync(join(e.parentPath, e.name), 'utf8').matchAll(/<([A-Z][A-Za-z]+)/g)].map((m) => m[1] ?? ''),
		);

describe('slide stand-ins', () => {
	const chapter = keys('src/components/folien/slide-components.ts', 'chapterSlideComponents');
	const exercise = [...chapter, 'Abbildung', 'Loesung', 'TrainerNotiz'];

	it('cover every component of the site’s MDX map', () => {
		const site = keys('src/components/mdx/index.ts', 'mdxComponents');
		expect(site.length).toBeGreaterThan(5);
		for (const name of site) expect(chapter, name).toContain(name);
	});

	it('cover every component the chapters and exercises use', () => {
		for (const name of used('content/kapitel')) expect(chapter, name).toContain(name);
		for (const name of used('content/aufgaben')) expect(exercise, name).toContain(name);
	});
});
