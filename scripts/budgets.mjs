#!/usr/bin/env node
// Budgets checked on the built files alone, without a browser (issue 14): `npm test` runs this
// after the build, so no change can exceed a promised budget unnoticed; `npm run bench` prints the
// same results and measures in a real browser with the limits, the size function and the
// framework test from here.
// A budget is one row of BUDGETS: which pages it covers, what it measures, its limit.
// Usage: node scripts/budgets.mjs [--dist dist] [--all]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

export const KIB = 1024;
/** Bytes as German text, e.g. „4,7 KiB“. */
export const kib = (bytes) => `${(bytes / KIB).toFixed(1).replace('.', ',')} KiB`;

/**
 * Compressed size: brotli at the highest quality, as a static host that precompresses sends a file
 * (issue 14 measured this way; our test server only does gzip, which is 10–20 % larger).
 */
export const compressedSize = (text) =>
	brotliCompressSync(typeof text === 'string' ? Buffer.from(text) : text, {
		params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
	}).length;

/** Preact, its hooks, signals, JSX runtime and Astro's Preact renderer (client.*.js). */
const FRAMEWORK = /preact|signals|hooks\.module|jsxRuntime|(?:^|\/)client\.[\w-]+\.js/;
export const isFrameworkScript = (url) => FRAMEWORK.test(url);

const chapter = (path) => /^\/kapitel\/[^/]+\/$/.test(path);
const calculatorPage = (path) => /^\/rechner\/[^/]+\/$/.test(path);
const printPage = (path) => path === '/drucken/';

/** The limits promised in the README („Leistung“), in compressed bytes (compressedSize). */
export const LIMITS = {
	/** Script files a chapter page loads before the reader interacts (opens the search, scrolls to an island). */
	chapterJs: 5 * KIB,
	/** Stylesheets any page loads. */
	css: 15 * KIB,
	/** Requests a chapter page makes before interaction: HTML, one stylesheet, one script. */
	chapterRequests: 3,
	/** Stylesheet plus script of a chapter page: with the HTML of the first screen at most 14 KiB. */
	chapterCssJs: 11 * KIB,
	/** A chapter page's HTML before the chapter text begins (head, header, title, goals); the search dialog sits at the end. */
	htmlBeforeText: 3.5 * KIB,
	/** The printable book /drucken/. */
	print: 185 * KIB,
};

/**
 * The budgets. `measure(load, site)` reads a page load (see pageLoad) and the site-wide facts
 * (see siteFacts); `limit` is a number or, for `exact` rows, a function of the load that the
 * value must equal. `unit: 'B'` prints bytes as KiB.
 */
export const BUDGETS = [
	{
		label: 'JS vor der ersten Interaktion',
		pages: chapter,
		limit: LIMITS.chapterJs,
		unit: 'B',
		measure: (load) => load.jsBytes,
	},
	{
		label: 'Framework-Skripte vor der ersten Interaktion',
		pages: chapter,
		limit: 0,
		measure: (load) => load.js.filter(isFrameworkScript).length,
	},
	{ label: 'CSS', pages: () => true, limit: LIMITS.css, unit: 'B', measure: (load) => load.cssBytes },
	{
		label: 'Anfragen vor Interaktion',
		pages: chapter,
		limit: LIMITS.chapterRequests,
		measure: (load) => 1 + load.css.length + load.js.length,
	},
	{
		label: 'CSS + JS',
		pages: chapter,
		limit: LIMITS.chapterCssJs,
		unit: 'B',
		measure: (load) => load.cssBytes + load.jsBytes,
	},
	{
		label: 'HTML vor dem Kapiteltext',
		pages: chapter,
		limit: LIMITS.htmlBeforeText,
		unit: 'B',
		measure: (load) => compressedSize(load.html.slice(0, Math.max(0, load.html.indexOf('<div class="prose"')))),
	},
	// Calculator CSS belongs to its island (loaded when it becomes visible), not to every chapter's stylesheet.
	{
		label: 'Rechner-CSS im Kopf',
		pages: chapter,
		limit: 0,
		measure: (load, site) => site.lazySheets.filter((s) => load.headCss.includes(s.text)).length,
	},
	{ label: 'Inline-Styles', pages: chapter, limit: 0, measure: (load) => count(load.html, /<style[\s>]/g) },
	{
		label: 'Glossar-Definitionen im HTML',
		pages: chapter,
		limit: 0,
		measure: (load) => count(load.html, /<span class="begriff-tip"[^>]*>[^<]/g),
	},
	{
		label: 'Quizfragen als Island-Props',
		pages: chapter,
		limit: 0,
		measure: (load) => count(load.html, /<astro-island[^>]*QuizIsland[^>]*props="[^"]*questions/g),
	},
	// The meta CSP lists only this page's inline scripts, not the whole site's.
	{
		label: 'CSP-Hashes = eigene Inline-Skripte',
		pages: chapter,
		exact: true,
		limit: (load) =>
			new Set([...load.html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])).size,
		measure: (load) =>
			count(/<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(load.html)?.[1] ?? '', /'sha256-/g),
	},
	{
		label: 'ohne CSP in _headers',
		pages: chapter,
		limit: 0,
		measure: (load, site) => (site.headerCsp.has(load.page) ? 0 : 1),
	},
	// On a calculator's own page its CSS must be in the head: loaded later, it would shift the layout.
	{
		label: 'Rechner-CSS erst nachgeladen (Layoutverschiebung)',
		pages: calculatorPage,
		limit: 0,
		measure: (load) => count(load.html, /data-island-css=/g),
	},
	{ label: 'interaktive Inseln', pages: printPage, limit: 0, measure: (load) => count(load.html, /<astro-island/g) },
	{ label: 'Größe', pages: printPage, limit: LIMITS.print, unit: 'B', measure: (load) => compressedSize(load.html) },
];

const count = (text, pattern) => (text.match(pattern) ?? []).length;

/** Islands that hydrate without waiting for the reader: on load, when idle, on a media query. */
const EAGER_ISLAND = /<astro-island\b[^>]*\bclient="(?:load|idle|only|media)"[^>]*>/g;
const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Stylesheets and scripts the HTML asks for before any interaction (noscript fallbacks aside). */
export function staticRequests(html) {
	const live = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
	const sheets = [...live.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map((m) => attr(m[0], 'href'))
		.filter(Boolean);
	const scripts = [...live.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
	for (const m of live.matchAll(EAGER_ISLAND))
		scripts.push(...['component-url', 'renderer-url'].map((a) => attr(m[0], a)).filter(Boolean));
	return { sheets, scripts };
}

/** Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, re-exports); not `import()`. */
export function staticImports(code) {
	return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map(
		(m) => m[1],
	);
}

/** Reads and compresses each built file once per check. */
function fileSizes(dist) {
	const cache = new Map();
	const file = (url) => {
		const path = join(dist, decodeURI(url.split(/[?#]/)[0]));
		if (!cache.has(path)) {
			const text = existsSync(path) ? readFileSync(path) : undefined;
			cache.set(path, text && { text: text.toString('utf8'), size: compressedSize(text) });
		}
		return cache.get(path);
	};
	return file;
}

/** What loading one page fetches before interaction: stylesheets, and scripts with their static imports. */
function pageLoad(file, page, html) {
	const { sheets, scripts } = staticRequests(html);
	const js = [];
	const queue = [...scripts];
	while (queue.length) {
		const url = queue.shift();
		if (js.includes(url)) continue;
		js.push(url);
		const found = file(url);
		if (!found) continue;
		for (const spec of staticImports(found.text))
			if (spec.startsWith('.') || spec.startsWith('/')) queue.push(new URL(spec, `http://x${url}`).pathname);
	}
	const bytes = (urls) => urls.reduce((sum, url) => sum + (file(url)?.size ?? 0), 0);
	const missing = [...sheets, ...js].filter((url) => !file(url));
	const headCss = sheets.map((url) => file(url)?.text ?? '').join('\n');
	return { page, html, css: sheets, js, cssBytes: bytes(sheets), jsBytes: bytes(js), headCss, missing };
}

/**
 * Facts about the whole build: the calculator stylesheets islands load lazily (`data-island-css`,
 * from any page) and the pages `_headers` gives a Content-Security-Policy header.
 */
function siteFacts(file, dist, htmlByPage) {
	const lazy = new Set();
	for (const html of htmlByPage.values())
		for (const m of html.matchAll(/data-island-css="([^"]+)"/g)) for (const url of m[1].split(' ')) lazy.add(url);
	const lazySheets = [...lazy].map((url) => ({ url, text: file(url)?.text.trim() ?? '' })).filter((s) => s.text);
	const headers = existsSync(join(dist, '_headers')) ? readFileSync(join(dist, '_headers'), 'utf8').split('\n') : [];
	const headerCsp = new Set(
		headers.filter((line, i) => line.startsWith('/') && headers[i + 1]?.startsWith('  Content-Security-Policy:')),
	);
	return { lazySheets, headerCsp };
}

/** URL paths of every built HTML page below dist, `/kapitel/x/` for `kapitel/x/index.html`. */
function pagePaths(dist) {
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.map((f) => `/${f.split(sep).join('/')}`.replace(/index\.html$/, ''))
		.sort();
}

/** Every budget on every page it covers: `{ name, budget, page, value, limit, ok, unit }`. */
export function checkBudgets(dist, budgets = BUDGETS) {
	const file = fileSizes(dist);
	const htmlByPage = new Map(
		pagePaths(dist).map((page) => [
			page,
			readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8'),
		]),
	);
	const site = siteFacts(file, dist, htmlByPage);
	const results = [];
	for (const [page, html] of htmlByPage) {
		const covering = budgets.filter((b) => b.pages(page));
		if (covering.length === 0) continue;
		const load = pageLoad(file, page, html);
		// A file the page asks for but the build lacks would make every size look smaller than it is.
		if (load.missing.length)
			results.push({
				name: `${page}: fehlende Dateien ${load.missing.join(', ')}`,
				budget: 'Dateien',
				page,
				value: load.missing.length,
				limit: 0,
				ok: false,
				unit: '',
			});
		for (const b of covering) {
			const value = b.measure(load, site);
			const limit = typeof b.limit === 'function' ? b.limit(load) : b.limit;
			results.push({
				name: `${page}: ${b.label}`,
				budget: b.label,
				page,
				value,
				limit,
				ok: b.exact ? value === limit : value <= limit,
				unit: b.unit ?? '',
			});
		}
	}
	return results;
}

/** One German line per result, with OK/VERFEHLT. */
export function formatResult(r) {
	const fmt = (n) => (r.unit === 'B' ? kib(n) : String(n));
	return `${r.ok ? 'OK      ' : 'VERFEHLT'} ${r.name}: ${fmt(r.value)} (Grenze ${fmt(r.limit)})`;
}

/** Per budget the page closest to its limit, so the log shows the headroom, not only misses. */
export function worstPerBudget(results) {
	const worst = new Map();
	for (const r of results) if (!worst.has(r.budget) || r.value > worst.get(r.budget).value) worst.set(r.budget, r);
	return [...worst.values()];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const i = process.argv.indexOf('--dist');
	const dist = i > 0 ? process.argv[i + 1] : 'dist';
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`${relative('.', dist) || dist}/ fehlt: erst „npm run build“ ausführen.`);
		process.exit(1);
	}
	const results = checkBudgets(dist);
	const failed = results.filter((r) => !r.ok);
	const shown = process.argv.includes('--all') ? results : [...worstPerBudget(results).filter((r) => r.ok), ...failed];
	for (const r of shown) console.log(formatResult(r));
	console.log(`Budgets aus dem Build: ${results.length - failed.length} passed, ${failed.length} failed`);
	process.exit(failed.length === 0 ? 0 : 1);
}
