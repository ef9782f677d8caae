import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, isFrameworkScript, staticImports, staticRequests } from './budgets.mjs';

const dirs = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Text that gzip cannot shrink much: `kib` KiB of it stay above `kib` × 0.7 KiB compressed. */
const noise = (kib) => `/*${randomBytes(kib * 1024).toString('base64')}*/`;

/** A tiny built site: `files` maps paths below dist to their text. */
function site(files) {
	const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
	dirs.push(dist);
	for (const [path, text] of Object.entries({ 'index.html': '<!DOCTYPE html>', ...files })) {
		mkdirSync(join(dist, dirname(path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}
const chapter = (head, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;
const failed = (dist) =>
	checkBudgets(dist)
		.filter((r) => !r.ok)
		.map((r) => r.name);

describe('checkBudgets', () => {
	it('passes a lean chapter page and measures what it loads', () => {
		const dist = site({
			'kapitel/x/index.html': chapter('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/s.js"></script>'),
			'_astro/a.css': 'p{color:red}',
			'_astro/s.js': 'import{a}from"./t.js";a()',
			'_astro/t.js': 'export const a=()=>1',
		});
		const results = checkBudgets(dist).filter((r) => r.page === '/kapitel/x/');
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.find((r) => r.budget === 'JS vor der ersten Interaktion')?.value).toBeGreaterThan(40);
	});

	it('fails a chapter whose script imports more than 5 KiB, counting static imports but not import()', () => {
		const files = {
			'kapitel/x/index.html': chapter('<script type="module" src="/_astro/s.js"></script>'),
			'_astro/s.js': 'import"./big.js";',
			'_astro/big.js': `export{}${noise(6)}`,
		};
		expect(failed(site(files))).toEqual(['/kapitel/x/: JS vor der ersten Interaktion']);
		expect(failed(site({ ...files, '_astro/s.js': 'const load=()=>import("./big.js");' }))).toEqual([]);
	});

	it('holds other pages only to the CSS budget', () => {
		const dist = site({
			'rechner/y/index.html': chapter('<link rel="stylesheet" href="/_astro/big.css"><script type="module" src="/_astro/big.js"></script>'),
			'_astro/big.css': noise(22),
			'_astro/big.js': noise(8),
		});
		expect(failed(dist)).toEqual(['/rechner/y/: CSS']);
	});

	it('counts islands that hydrate at once, with their framework, and not those that wait for visibility', () => {
		const island = (when) =>
			`<astro-island uid="1" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.AbC1.js" client="${when}"></astro-island>`;
		const files = { '_astro/Quiz.js': 'import"./preact.module.X.js";', '_astro/preact.module.X.js': 'export{}', '_astro/client.AbC1.js': '' };
		expect(failed(site({ ...files, 'kapitel/x/index.html': chapter('', island('visible')) }))).toEqual([]);
		expect(failed(site({ ...files, 'kapitel/x/index.html': chapter('', island('load')) }))).toEqual([
			'/kapitel/x/: Framework-Skripte vor der ersten Interaktion',
		]);
	});

	it('reports a file the page asks for that the build does not have', () => {
		const dist = site({ 'kapitel/x/index.html': chapter('<script type="module" src="/_astro/fehlt.js"></script>') });
		expect(failed(dist)).toEqual(['/kapitel/x/: fehlende Dateien /_astro/fehlt.js']);
	});
});

describe('parsing helpers', () => {
	it('ignores stylesheets inside noscript', () => {
		expect(staticRequests('<noscript><link rel="stylesheet" href="/x.css"></noscript><script src="/s.js"></script>')).toEqual({
			sheets: [],
			scripts: ['/s.js'],
		});
	});

	it('finds static imports and re-exports in minified code', () => {
		expect(staticImports('import{a as b}from"./p.js";import"./q.js";export{c}from"./r.js";x=import("./lazy.js")')).toEqual([
			'./p.js',
			'./q.js',
			'./r.js',
		]);
	});

	it('recognises framework files by name', () => {
		expect(['/_astro/preact.module.B1.js', '/_astro/client.BJ1P7V63.js', '/_astro/hooks.module.C.js'].every(isFrameworkScript)).toBe(true);
		expect(isFrameworkScript('/_astro/persisted.FzwIXGTY.js')).toBe(false);
	});
});
