import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The bibliography holds only data someone saw (content/README.md, „Zitierweise“). What can be
 * checked mechanically is checked here, on the files themselves.
 */
interface Entry {
	authors?: string[];
	title: string;
	note?: string;
	url?: string;
	archive?: string;
}
const dir = join('content', 'quellen');
const entries = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ id: f.replace(/\.yaml$/, ''), text: readFileSync(join(dir, f), 'utf8') }))
	.map(({ id, text }) => ({ id, text, data: parse(text) as Entry }));

/** Sites that republish other people's articles; a URL there is never the original. */
const MIRROR_HOSTS = [
	'goodtoseo.com',
	'18to10k.com',
	'money4u.casa',
	'modernmillwork.net',
	'overpassesforamerica.com',
	'thehorizonsgroup.biz',
	'cloudhost.es',
	'kipdf.com',
	'fdocuments.in',
	'vdocuments.net',
	'vdocuments.pub',
	'vdocument.in',
	'docplayer.org',
	'studylibde.com',
	'yumpu.com',
	'dokumen.tips',
	'pdfslide.org',
	'docslib.org',
	'5dok.net',
	'9dok.net',
	'dhirubhai.net',
	'guatda.com',
];
const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

describe('the bibliography', () => {
	it('has entries', () => {
		expect(entries.length).toBeGreaterThan(0);
	});

	it.each(entries)('$id gives no title or note „sinngemäß“', ({ text }) => {
		expect(text).not.toMatch(/sinngem[äa]ß/i);
	});

	it.each(entries)('$id links no scraper mirror', ({ data }) => {
		for (const url of [data.url, data.archive].filter((u): u is string => Boolean(u))) {
			const host = hostOf(url);
			expect(
				MIRROR_HOSTS.some((m) => host === m || host.endsWith(`.${m}`)),
				`${url} ist eine Spiegelseite`,
			).toBe(false);
		}
	});

	it.each(entries)('$id keeps an archive link only on an archive service', ({ data }) => {
		if (data.archive) expect(hostOf(data.archive)).toMatch(/(^|\.)(archive\.org|archive\.today|archive\.ph)$/);
	});

	it.each(entries)('$id names a real author, organisation or site – no placeholder', ({ data }) => {
		// Unknown authors are left out (content/README.md, „Zitierweise“), never filled with a stand-in.
		const placeholder =
			/^(ausgangsmaterial|unbekannt|anonym|o\.\s*v\.|n\.\s*n\.|redaktion|autor(in)?|verfasser(in)?)$|\(redaktion\)/i;
		for (const author of data.authors ?? []) expect(author.trim(), author).not.toMatch(placeholder);
	});

	it('lets no note refer to the letters that tell apart equal short citations (they change)', () => {
		const withLetters = entries.filter(({ data }) => /\b\d{4}[a-z]\b(?![.-])/.test(data.note ?? '')).map((e) => e.id);
		expect(withLetters).toEqual([]);
	});
});

/** Every file that can cite a source: chapters, exercises, quizzes, glossary, data sets and src/. */
function citingFiles(path: string): string[] {
	if (path === dir) return []; // the bibliography itself does not count
	if (statSync(path).isDirectory()) return readdirSync(path).flatMap((f) => citingFiles(join(path, f)));
	return /\.(mdx|md|ya?ml|astro|tsx?)$/.test(path) && !/\.test\.tsx?$/.test(path) ? [path] : [];
}

describe('every bibliography entry', () => {
	const corpus = [...citingFiles('content'), ...citingFiles('src')].map((f) => readFileSync(f, 'utf8')).join('\n');

	it('is cited somewhere (a chapter, exercise, quiz, glossary entry, data set or calculator page)', () => {
		const uncited = entries
			.map((e) => e.id)
			.filter((id) => !new RegExp(`(?<![a-z0-9-])${id}(?![a-z0-9-])`).test(corpus));
		expect(uncited).toEqual([]);
	});
});
