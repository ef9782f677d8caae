#!/usr/bin/env node
// Size budgets checked on the built files alone, without a browser: `npm test` runs this after
// the build, so no change can exceed a promised budget unnoticed; `npm run bench` measures the
// same budgets in a real browser with the limits and the framework test from here.
// A budget is one row of BUDGETS: which pages it covers, what it measures, its limit.
// Usage: node scripts/budgets.mjs [--dist dist] [--all]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const KIB = 1024;
/** Bytes as German text, e.g. „4,7 KiB“. */
export const kib = (bytes) => `${(bytes / KIB).toFixed(1).replace('.', ',')} KiB`;

/** Preact, its hooks, signals, JSX runtime and Astro's Preact renderer (client.*.js). */
const FRAMEWORK = /preact|signals|hooks\.module|jsxRuntime|(?:^|\/)client\.[\w-]+\.js/;
export const isFrameworkScript = (url) => FRAMEWORK.test(url);

const chapter = (path) => /^\/kapitel\/[^/]+\/$/.test(path);

/** The limits promised in the README („Leistung“), in gzip bytes. */
export const LIMITS = {
	/** Script files a chapter page loads before the reader interacts (opens the search, scrolls to an island). */
	chapterJs: 5 * KIB,
	/** Stylesheets any page loads. */
	css: 15 * KIB,
};

/**
 * The budgets. `measure` reads a page load (see pageLoad); `unit: 'B'` prints bytes as KiB.
 * Bytes are gzip-compressed, as scripts/serve.mjs sends them, one file at a time.
 */
export const BUDGETS = [
	{ label: 'JS vor der ersten Interaktion', pages: chapter, limit: LIMITS.chapterJs, unit: 'B', measure: (load) => load.jsBytes },
	{ label: 'Framework-Skripte vor der ersten Interaktion', pages: chapter, limit: 0, measure: (load) => load.js.filter(isFrameworkScript).length },
	{ label: 'CSS', pages: () => true, limit: LIMITS.css, unit: 'B', measure: (load) => load.cssBytes },
];

/** Islands that hydrate without waiting for the reader: on load, when idle, on a media query. */
const EAGER_ISLAND = /<astro-island\b[^>]*\bclient="(?:load|idle|only|media)"[^>]*>/g;
const attr = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

/** Stylesheets and scripts the HTML asks for before any interaction (noscript fallbacks aside). */
export function staticRequests(html) {
	const live = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
	const sheets = [...live.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => attr(m[0], 'href')).filter(Boolean);
	const scripts = [...live.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
	for (const m of live.matchAll(EAGER_ISLAND)) scripts.push(...['component-url', 'renderer-url'].map((a) => attr(m[0], a)).filter(Boolean));
	return { sheets, scripts };
}

/** Modules a script imports statically (`import … from "./x.js"`, `import "./x.js"`, re-exports); not `import()`. */
export function staticImports(code) {
	return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
}

/** Reads and gzips each built file once per check. */
function fileSizes(dist) {
	const cache = new Map();
	const file = (url) => {
		const path = join(dist, decodeURI(url.split(/[?#]/)[0]));
		if (!cache.has(path)) {
			const text = existsSync(path) ? readFileSync(path) : undefined;
			cache.set(path, text && { text: text.toString('utf8'), gzip: gzipSync(text).length });
		}
		return cache.get(path);
	};
	return file;
}

/** What loading one page fetches before interaction: stylesheets, and scripts with their static imports. */
function pageLoad(file, html) {
	const { sheets, scripts } = staticRequests(html);
	const js = [];
	const queue = [...scripts];
	while (queue.length) {
		const url = queue.shift();
		if (js.includes(url)) continue;
		js.push(url);
		const found = file(url);
		if (!found) continue;
		for (const spec of staticImports(found.text)) if (spec.startsWith('.') || spec.startsWith('/')) queue.push(new URL(spec, `http://x${url}`).pathname);
	}
	const bytes = (urls) => urls.reduce((sum, url) => sum + (file(url)?.gzip ?? 0), 0);
	const missing = [...sheets, ...js].filter((url) => !file(url));
	return { css: sheets, js, cssBytes: bytes(sheets), jsBytes: bytes(js), missing };
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
	const results = [];
	for (const page of pagePaths(dist)) {
		const covering = budgets.filter((b) => b.pages(page));
		if (covering.length === 0) continue;
		const html = readFileSync(join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
		const load = pageLoad(file, html);
		// A file the page asks for but the build lacks would make every size look smaller than it is.
		if (load.missing.length) results.push({ name: `${page}: fehlende Dateien ${load.missing.join(', ')}`, budget: 'Dateien', page, value: load.missing.length, limit: 0, ok: false, unit: '' });
		for (const b of covering) {
			const value = b.measure(load);
			results.push({ name: `${page}: ${b.label}`, budget: b.label, page, value, limit: b.limit, ok: value <= b.limit, unit: b.unit ?? '' });
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
