import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS, checkBudgets, compressedSize, isFrameworkScript, staticImports, staticRequests } from './budgets.mjs';

const dirs = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Text that brotli cannot shrink much: `kib` KiB of it stay above `kib` × 0.7 KiB compressed. */
const noise = (kib) => `/*${randomBytes(kib * 1024).toString('base64')}*/`;

/** A tiny built site: `files` maps paths below dist to their text; `_headers` gives /kapitel/x/ its CSP. */
function site(files) {
	const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
	dirs.push(dist);
	const defaults = {
		'index.html': '<!DOCTYPE html>',
		_headers: "/kapitel/x/\n  Content-Security-Policy: default-src 'self'\n",
	};
	for (const [path, text] of Object.entries({ ...defaults, ...files })) {
		mkdirSync(join(dist, dirname(path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}
const page = (head, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
/** A chapter page as the site builds it: CSP meta, prose, the site script at the end. */
const chapterPage = (head, body) =>
	page(
		`<meta http-equiv="content-security-policy" content="script-src 'self'">${head}`,
		`<div class="prose">${body}</div><script type="module" src="/_astro/s.js"></script>`,
	);
const failed = (dist) =>
	checkBudgets(dist)
		.filter((r) => !r.ok)
		.map((r) => r.name);

describe('checkBudgets: script and stylesheet sizes', () => {
	it('passes a lean chapter page and measures what it loads', () => {
		const dist = site({
			'kapitel/x/index.html': page(
				'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>',
			),
			'_astro/a.css': 'p{color:red}',
			'_astro/s.js': 'import{a}from"./t.js";a()',
			'_astro/t.js': 'export const a=()=>1',
		});
		const results = checkBudgets(dist).filter((r) => r.page === '/kapitel/x/');
		// The statically imported module is a request of its own: HTML, sheet, two scripts.
		expect(results.filter((r) => !r.ok).map((r) => r.budget)).toEqual(['Anfragen vor Interaktion']);
		expect(results.find((r) => r.budget === 'Anfragen vor Interaktion')?.value).toBe(4);
		expect(results.find((r) => r.budget === 'JS vor der ersten Interaktion')?.value).toBeGreaterThan(40);
	});

	it('fails a chapter whose script imports more than 5 KiB, counting static imports but not import()', () => {
		const files = {
			'kapitel/x/index.html': page('<script type="module" src="/_astro/s.js"></script>'),
			'_astro/s.js': 'import"./big.js";',
			'_astro/big.js': `export{}${noise(6)}`,
		};
		expect(failed(site(files))).toEqual(['/kapitel/x/: JS vor der ersten Interaktion']);
		expect(failed(site({ ...files, '_astro/s.js': 'const load=()=>import("./big.js");' }))).toEqual([]);
	});

	it('holds calculator pages to the CSS budget, not the chapter ones', () => {
		const dist = site({
			'rechner/y/index.html': page(
				'<link rel="stylesheet" href="/_astro/big.css"><script type="module" src="/_astro/big.js"></script>',
			),
			'_astro/big.css': noise(22),
			'_astro/big.js': noise(8),
		});
		expect(failed(dist)).toEqual(['/rechner/y/: CSS']);
	});

	it('counts islands that hydrate at once, with their framework, and not those that wait for visibility', () => {
		const island = (when) =>
			`<astro-island uid="1" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.AbC1.js" client="${when}"></astro-island>`;
		const files = {
			'_astro/Quiz.js': 'import"./preact.module.X.js";',
			'_astro/preact.module.X.js': 'export{}',
			'_astro/client.AbC1.js': '',
		};
		expect(failed(site({ ...files, 'kapitel/x/index.html': page('', island('visible')) }))).toEqual([]);
		expect(failed(site({ ...files, 'kapitel/x/index.html': page('', island('load')) }))).toEqual([
			'/kapitel/x/: Framework-Skripte vor der ersten Interaktion',
			'/kapitel/x/: Anfragen vor Interaktion',
		]);
	});

	it('reports a file the page asks for that the build does not have', () => {
		const dist = site({ 'kapitel/x/index.html': page('<script type="module" src="/_astro/fehlt.js"></script>') });
		expect(failed(dist)).toEqual(['/kapitel/x/: fehlende Dateien /_astro/fehlt.js']);
	});

	it('fails the print page with an island or beyond its size', () => {
		expect(failed(site({ 'drucken/index.html': page('', '<astro-island client="visible"></astro-island>') }))).toEqual([
			'/drucken/: interaktive Inseln',
		]);
		expect(failed(site({ 'drucken/index.html': page('', noise(Math.ceil(LIMITS.print / 1024) + 10)) }))).toEqual([
			'/drucken/: Größe',
		]);
	});
});

describe('checkBudgets: what a chapter page carries', () => {
	const base = { '_astro/a.css': 'p{color:red}', '_astro/s.js': 'console.log(1)' };

	it('passes a lean chapter page as the site builds it', () => {
		expect(
			failed(
				site({
					...base,
					'kapitel/x/index.html': chapterPage('<link rel="stylesheet" href="/_astro/a.css">', '<p>Text</p>'),
				}),
			),
		).toEqual([]);
	});

	it('fails a fourth request, an inline style, a filled tooltip and a stale CSP', () => {
		const dist = site({
			...base,
			'_astro/b.css': 'q{}',
			'kapitel/x/index.html': chapterPage(
				'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><style>p{}</style>',
				'<span class="begriff-tip" role="tooltip">Def</span><script>1</script>',
			),
		});
		expect(failed(dist)).toEqual([
			'/kapitel/x/: Anfragen vor Interaktion',
			'/kapitel/x/: Inline-Styles',
			'/kapitel/x/: Glossar-Definitionen im HTML',
			'/kapitel/x/: CSP-Hashes = eigene Inline-Skripte',
		]);
	});

	it('fails calculator CSS in a chapter head, quiz questions as props and a chapter without CSP header', () => {
		const dist = site({
			...base,
			'_astro/a.css': 'p{color:red}\n.calc{color:blue}',
			'_astro/c.css': '.calc{color:blue}',
			_headers: '',
			'kapitel/x/index.html': chapterPage(
				'<link rel="stylesheet" href="/_astro/a.css">',
				'<div data-island-css="/_astro/c.css"></div><astro-island component-url="/_astro/QuizIsland.js" client="visible" props="{&quot;questions&quot;:[]}"></astro-island>',
			),
		});
		expect(failed(dist)).toEqual([
			'/kapitel/x/: Rechner-CSS im Kopf',
			'/kapitel/x/: Quizfragen als Island-Props',
			'/kapitel/x/: ohne CSP in _headers',
		]);
	});

	it('fails a long head before the chapter text', () => {
		const dist = site({
			...base,
			'kapitel/x/index.html': chapterPage(`<meta name="x" content="${noise(6)}">`, '<p>Text</p>'),
		});
		expect(failed(dist)).toEqual(['/kapitel/x/: HTML vor dem Kapiteltext']);
	});

	it('fails a calculator page that loads its own calculator CSS only later', () => {
		expect(
			failed(
				site({
					'rechner/y/index.html': page('', '<div data-island-css="/_astro/c.css"></div>'),
					'_astro/c.css': '.calc{}',
				}),
			),
		).toEqual(['/rechner/y/: Rechner-CSS erst nachgeladen (Layoutverschiebung)']);
	});
});

describe('parsing helpers', () => {
	it('ignores stylesheets inside noscript', () => {
		expect(
			staticRequests('<noscript><link rel="stylesheet" href="/x.css"></noscript><script src="/s.js"></script>'),
		).toEqual({
			sheets: [],
			scripts: ['/s.js'],
		});
	});

	it('finds static imports and re-exports in minified code', () => {
		expect(
			staticImports('import{a as b}from"./p.js";import"./q.js";export{c}from"./r.js";x=import("./lazy.js")'),
		).toEqual(['./p.js', './q.js', './r.js']);
	});

	it('recognises framework files by name', () => {
		expect(
			['/_astro/preact.module.B1.js', '/_astro/client.BJ1P7V63.js', '/_astro/hooks.module.C.js'].every(
				isFrameworkScript,
			),
		).toBe(true);
		expect(isFrameworkScript('/_astro/persisted.FzwIXGTY.js')).toBe(false);
	});

	it('measures compressed bytes: repetitive text shrinks, random text does not', () => {
		expect(compressedSize('a'.repeat(10_000))).toBeLessThan(100);
		expect(compressedSize(randomBytes(4096))).toBeGreaterThan(4000);
	});
});
