import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * Glossary synonyms feed the search (content/README.md, „Ein Begriff pro Sache“): they must be
 * other names of the same thing, not neighbouring concepts.
 */
interface Term {
	term: string;
	definition: string;
	synonyms?: string[];
}
const dir = join('content', 'glossar');
const terms = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(dir, f), 'utf8')) as Term }));

/** „Zuschauer (Spectators)“ → the names it stands for, lower case. */
const namesOf = (term: string) =>
	term
		.toLowerCase()
		.split(/\s*[()]\s*/)
		.filter(Boolean);

describe('the glossary', () => {
	it('has terms', () => {
		expect(terms.length).toBeGreaterThan(0);
	});

	it('lists no other glossary term as a synonym (related concepts are not synonyms)', () => {
		const owner = new Map(terms.flatMap(({ id, data }) => namesOf(data.term).map((n) => [n, id] as const)));
		const clashes = terms.flatMap(({ id, data }) =>
			(data.synonyms ?? [])
				.filter((s) => owner.has(s.toLowerCase()) && owner.get(s.toLowerCase()) !== id)
				.map((s) => `${id}: „${s}“ ist der Begriff ${owner.get(s.toLowerCase())}`),
		);
		expect(clashes).toEqual([]);
	});

	it.each(terms)('$id repeats neither its term nor a synonym', ({ data }) => {
		// The name in parentheses („Inaktive (Inactives)“) may stand among the synonyms; the term may not.
		const [own] = namesOf(data.term);
		const syns = (data.synonyms ?? []).map((s) => s.toLowerCase());
		expect(syns.filter((s) => s === own)).toEqual([]);
		expect(new Set(syns).size).toBe(syns.length);
	});
});

/** Spelling-insensitive form: „Cyber-Monday“, „Cybermonday“ and „Cyber Monday“ count as one. */
const normalise = (text: string) =>
	text
		.toLowerCase()
		.replaceAll('ä', 'ae')
		.replaceAll('ö', 'oe')
		.replaceAll('ü', 'ue')
		.replaceAll('ß', 'ss')
		.replace(/[^a-z0-9]/g, '');

describe('every glossary synonym', () => {
	it('is a spelling of the term or named in the definition, so readers see what the search found', () => {
		const unexplained = terms.flatMap(({ id, data }) => {
			const text = normalise(`${data.term} ${data.definition}`);
			return (data.synonyms ?? []).filter((s) => !text.includes(normalise(s))).map((s) => `${id}: ${s}`);
		});
		expect(unexplained).toEqual([]);
	});
});
