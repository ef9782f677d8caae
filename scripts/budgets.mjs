#!/usr/bin/env node
// Budgets that can be checked from the built files alone (issue 14), without a browser: run by
// `npm test` after the build and printed by `npm run bench`. Each check returns its value, its
// limit and whether it holds; the CLI prints OK/VERFEHLT per check and exits 1 on any miss.
// Usage: node scripts/budgets.mjs [--dist dist]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const KIB = 1024;
/** Chapters whose page embeds no calculator: the strict reading-page budget applies to them. */
export const LIMITS = {
	/** Requests a reading page makes before interaction: HTML, one stylesheet, one script. */
	requests: 3,
	/** Brotli bytes of stylesheet plus script of a reading page (the first view's fixed part). */
	cssJs: 10.5 * KIB,
	/** Brotli bytes of a chapter page's HTML before the chapter text begins (head, header, title, goals). */
	htmlBeforeText: 4 * KIB,
	/** Brotli bytes of the printable book /drucken/. */
	print: 185 * KIB,
};

const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Requests the HTML itself asks for before interaction: head stylesheets and external scripts. */
export function staticRequests(html) {
	const withoutNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
	const sheets = [...withoutNoscript.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
	const scripts = [...withoutNoscript.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
	return { sheets, scripts };
}

/** Files a module script imports statically (one level is enough: the site script is one file). */
function staticImports(dist, href) {
	const code = readFileSync(join(dist, href), 'utf8');
	return [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w{},\s*]+from\s*)?["'](\.\/[^"']+)["']/g)].map((m) => `/_astro/${m[1].slice(2)}`);
}

function pagesBelow(dist, dir) {
	const base = join(dist, dir);
	if (!existsSync(base)) return [];
	return readdirSync(base, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(base, e.name, 'index.html')))
		.map((e) => `/${dir}/${e.name}/`);
}

/** Every check over the build in `dist`. */
export function checkBudgets(dist) {
	const results = [];
	const add = (name, value, limit, ok, unit = '') => results.push({ name, value, limit, ok, unit });
	const read = (path) => readFileSync(join(dist, path, 'index.html'), 'utf8');
	const chapters = pagesBelow(dist, 'kapitel');
	const lazySheets = new Set();
	for (const path of [...chapters, ...pagesBelow(dist, 'rechner'), ...pagesBelow(dist, 'planspiel')]) {
		for (const m of read(path).matchAll(/data-island-css="([^"]+)"/g)) for (const href of m[1].split(' ')) lazySheets.add(href);
	}
	for (const path of chapters) {
		const html = read(path);
		const embeds = html.includes('<astro-island') && /data-island-css=/.test(html);
		const { sheets, scripts } = staticRequests(html);
		const imported = scripts.flatMap((s) => staticImports(dist, s));
		add(`${path}: Anfragen vor Interaktion`, 1 + sheets.length + scripts.length + imported.length, LIMITS.requests, 1 + sheets.length + scripts.length + imported.length <= LIMITS.requests);
		const cssJs = [...sheets, ...scripts, ...imported].reduce((sum, href) => sum + brotli(readFileSync(join(dist, href))), 0);
		add(`${path}: CSS + JS (Brotli)`, cssJs, LIMITS.cssJs, cssJs <= LIMITS.cssJs, 'B');
		const before = html.slice(0, html.indexOf('<div class="prose"'));
		add(`${path}: HTML vor dem Kapiteltext (Brotli)`, brotli(before), LIMITS.htmlBeforeText, brotli(before) <= LIMITS.htmlBeforeText, 'B');
		const headCss = sheets.map((href) => readFileSync(join(dist, href), 'utf8')).join('\n');
		const leaked = [...lazySheets].filter((href) => headCss.includes(readFileSync(join(dist, href), 'utf8').trim()));
		add(`${path}: Rechner-CSS im Kopf`, leaked.length, 0, leaked.length === 0);
		const inlineStyles = (html.match(/<style[\s>]/g) ?? []).length;
		add(`${path}: Inline-Styles`, inlineStyles, 0, inlineStyles === 0);
		const filledTips = (html.match(/<span class="begriff-tip"[^>]*>[^<]/g) ?? []).length;
		add(`${path}: Glossar-Definitionen im HTML`, filledTips, 0, filledTips === 0);
		const quizProps = /<astro-island[^>]*QuizIsland[^>]*props="[^"]*questions/.test(html) ? 1 : 0;
		add(`${path}: Quizfragen als Island-Props`, quizProps, 0, quizProps === 0);
		const inlineScripts = new Set([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])).size;
		const hashes = (/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1].match(/'sha256-/g) ?? []).length;
		add(`${path}: CSP-Hashes = eigene Inline-Skripte${embeds ? ' (mit Rechner)' : ''}`, hashes, inlineScripts, hashes === inlineScripts);
	}
	for (const path of pagesBelow(dist, 'rechner')) {
		const lazy = (read(path).match(/data-island-css=/g) ?? []).length;
		add(`${path}: Rechner-CSS erst nachgeladen (Layoutverschiebung)`, lazy, 0, lazy === 0);
	}
	if (existsSync(join(dist, 'drucken', 'index.html'))) {
		const html = read('drucken');
		const islands = (html.match(/<astro-island/g) ?? []).length;
		add('/drucken/: interaktive Inseln', islands, 0, islands === 0);
		add('/drucken/: Größe (Brotli)', brotli(html), LIMITS.print, brotli(html) <= LIMITS.print, 'B');
	}
	const headers = existsSync(join(dist, '_headers')) ? readFileSync(join(dist, '_headers'), 'utf8') : '';
	const lines = headers.split('\n');
	const withHeader = chapters.filter((p) => lines[lines.indexOf(p) + 1]?.startsWith('  Content-Security-Policy:')).length;
	add('_headers: CSP je Kapitelseite', withHeader, chapters.length, chapters.length > 0 && withHeader === chapters.length);
	return results;
}

/** One line per check, German, with OK/VERFEHLT. */
export function formatResult(r) {
	const fmt = (n) => (r.unit === 'B' ? `${(n / KIB).toFixed(1).replace('.', ',')} KiB` : String(n));
	return `${r.ok ? 'OK      ' : 'VERFEHLT'} ${r.name}: ${fmt(r.value)} (Grenze ${fmt(r.limit)})`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const i = process.argv.indexOf('--dist');
	const dist = i > 0 ? process.argv[i + 1] : 'dist';
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`${dist}/ fehlt: erst „npm run build“ ausführen.`);
		process.exit(1);
	}
	const results = checkBudgets(dist);
	const failed = results.filter((r) => !r.ok);
	for (const r of process.argv.includes('--all') ? results : failed) console.log(formatResult(r));
	console.log(`Budgets aus dem Build: ${results.length - failed.length} passed, ${failed.length} failed`);
	process.exit(failed.length === 0 ? 0 : 1);
}
