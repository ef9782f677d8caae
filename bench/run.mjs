#!/usr/bin/env node
// `npm run bench`: build the site (timed), serve it, and report per page type what a reader's
// browser transfers (compressed, as served), the search index size and Lighthouse scores on
// mobile settings. Budgets from the issue are checked and printed; a missed budget exits with 1.
// Options: --no-build (reuse dist/), --no-lighthouse, --no-calculators (skip the timing bench).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { LIMITS, isFrameworkScript, kib as kb } from '../scripts/budgets.mjs';

const args = new Set(process.argv.slice(2));
// SMP_DIST measures another build folder (e.g. one built with --outDir) instead of dist/.
const DIST = process.env.SMP_DIST ?? 'dist';
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const PAGES = [
	{ type: 'Startseite', path: '/' },
	{ type: 'Kapitel', path: '/kapitel/echtzeit/' },
	{ type: 'Glossar', path: '/glossar/' },
	{ type: 'Übungen', path: '/uebungen/' },
	{ type: 'Rechner (Technographics)', path: '/rechner/technographics/' },
	{ type: 'Rechner (Persona)', path: '/rechner/persona/' },
	{ type: 'Rechner (Posting-Zeiten)', path: '/rechner/posting-zeiten/' },
	{ type: 'Folien (Echtzeit)', path: '/folien/echtzeit/' },
];

let buildSeconds;
if (!args.has('--no-build')) {
	const started = Date.now();
	const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.status !== 0) {
		console.error('Build fehlgeschlagen.');
		process.exit(1);
	}
	buildSeconds = (Date.now() - started) / 1000;
}

function dirSize(dir) {
	let total = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
	}
	return total;
}

/** Transferred bytes per kind for one page load, before and after scrolling to the end. */
async function measure(browser, url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	const records = [];
	page.on('requestfinished', async (request) => {
		const response = await request.response();
		const sizes = await request.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
		const type = request.resourceType();
		// Body bytes as transferred (compressed), without HTTP headers, as size budgets usually count.
		records.push({ url: request.url(), type, bytes: sizes.responseBodySize, status: response?.status() });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const initial = records.length;
	// Scroll through the page like a reader, so that islands hydrating on visibility load.
	const height = await page.evaluate(() => document.body.scrollHeight);
	for (let y = 0; y < height; y += 600) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(60);
	}
	await page.waitForTimeout(600);
	await page.waitForLoadState('networkidle');
	await context.close();
	const sum = (list, pred) => list.filter(pred).reduce((s, r) => s + r.bytes, 0);
	const first = records.slice(0, initial);
	return {
		requests: initial,
		html: sum(first, (r) => r.type === 'document'),
		css: sum(first, (r) => r.type === 'stylesheet'),
		js: sum(first, (r) => r.type === 'script'),
		fonts: sum(first, (r) => r.type === 'font'),
		framework: first.some((r) => r.type === 'script' && isFrameworkScript(new URL(r.url).pathname)),
		jsAfterScroll: sum(records, (r) => r.type === 'script'),
		requestsAfterScroll: records.length,
	};
}

async function lighthouseScores(url) {
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
		const c = result?.lhr.categories ?? {};
		return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
	} finally {
		await chrome.kill();
	}
}

const { server, url: base } = await serve({ dir: DIST, port: 0 });
const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: FLAGS });
const failures = [];
console.log('\nÜbertragene Daten je Seitentyp (komprimiert, wie ausgeliefert; Mobil-Viewport, vor dem Scrollen)\n');
console.log('Seitentyp                     | Anfr. |   HTML   |   CSS    |    JS    | Schriften | JS nach Scrollen | Framework-JS');
console.log('------------------------------|-------|----------|----------|----------|-----------|------------------|-------------');
for (const { type, path } of PAGES) {
	if (!existsSync(join(DIST, path, 'index.html'))) continue;
	const m = await measure(browser, base + path);
	console.log(
		`${type.padEnd(30)}| ${String(m.requests).padStart(5)} | ${kb(m.html).padStart(8)} | ${kb(m.css).padStart(8)} | ${kb(m.js).padStart(8)} | ${kb(m.fonts).padStart(9)} | ${kb(m.jsAfterScroll).padStart(16)} | ${m.framework ? 'ja' : 'nein'}`,
	);
	if (m.css > LIMITS.css) failures.push(`${type}: CSS ${kb(m.css)} > ${kb(LIMITS.css)}`);
	if (type === 'Kapitel') {
		if (m.js > LIMITS.chapterJs) failures.push(`Kapitel: JS vor Suche ${kb(m.js)} > ${kb(LIMITS.chapterJs)}`);
		if (m.framework) failures.push('Kapitel: lädt Framework-JS vor dem Scrollen');
	}
}
await browser.close();

const indexBytes = existsSync(join(DIST, 'pagefind')) ? dirSize(join(DIST, 'pagefind')) : 0;
console.log(`\nSuchindex (dist/pagefind): ${kb(indexBytes)} in ${readdirSync(join(DIST, 'pagefind'), { recursive: true }).length} Dateien`);
// The offline copy (src/integrations/offline.ts): what a first visit downloads in the background.
if (existsSync(join(DIST, 'sw.js'))) {
	const sw = readFileSync(join(DIST, 'sw.js'));
	const sizes = [...sw.toString('utf8').matchAll(/size:(\d+)/g)].map((m) => Number(m[1]));
	const mb = (bytes) => `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB`;
	console.log(`Offline-Kopie: ${sizes.length} Dateien, ${mb(sizes.reduce((a, b) => a + b, 0))} (unkomprimiert); Service Worker ${kb(gzipSync(sw).length)} komprimiert`);
}
if (buildSeconds !== undefined) console.log(`Build-Zeit (astro build inkl. Pagefind): ${buildSeconds.toFixed(1).replace('.', ',')} s`);

if (!args.has('--no-lighthouse')) {
	console.log('\nLighthouse (Debian-Chromium, Mobil-Standardeinstellungen)');
	for (const path of ['/', '/kapitel/echtzeit/', '/rechner/persona/']) {
		try {
			const s = await lighthouseScores(base + path);
			console.log(`${path.padEnd(28)} Performance ${s.performance} · Barrierefreiheit ${s.accessibility} · Best Practices ${s['best-practices']} · SEO ${s.seo}`);
			if (s.performance < 98) failures.push(`${path}: Lighthouse Performance ${s.performance} < 98`);
			for (const key of ['accessibility', 'best-practices', 'seo']) if (s[key] < 100) failures.push(`${path}: Lighthouse ${key} ${s[key]} < 100`);
		} catch (error) {
			failures.push(`${path}: Lighthouse lief nicht (${error.message})`);
		}
	}
}
server.close();

if (!args.has('--no-calculators') && existsSync('bench/posting-zeiten.mjs')) {
	console.log('\nPosting-Zeiten-Rechner: Import-Benchmark');
	const run = spawnSync(process.execPath, ['bench/posting-zeiten.mjs'], { stdio: 'inherit' });
	if (run.status !== 0) failures.push('Posting-Zeiten-Benchmark fehlgeschlagen oder Ziel verfehlt');
}

console.log(failures.length ? `\nBudgets verfehlt:\n- ${failures.join('\n- ')}` : '\nAlle Budgets eingehalten.');
process.exit(failures.length ? 1 : 0);
