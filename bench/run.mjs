#!/usr/bin/env node
// `npm run bench`: every performance target of issue 14, measured on our build beside the
// plain-Astro floor and Starlight built from the same chapters and glossary (bench/lib/sites.mjs;
// generated into a temp folder, Starlight installed there from the npm registry on first use).
// Each target prints OK or VERFEHLT; a missed target exits with 1.
// Options: --no-build (reuse dist/), --no-compare (no floor/Starlight), --no-lighthouse,
//          --no-calculators (skip the import bench), --big (also the 2-GB memory run).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from '../scripts/serve.mjs';
import { KIB, LIMITS, checkBudgets, formatResult, isFrameworkScript, kib } from '../scripts/budgets.mjs';
import { loadStability, measurePage, scriptsOnScroll } from './lib/measure.mjs';
import { buildSite, sitesDir, writeFloor, writeStarlight } from './lib/sites.mjs';
import { ensureBenchDeps } from './deps.mjs';
import { coldSearch, indexStats } from './lib/search.mjs';

const args = new Set(process.argv.slice(2));
const DIST = process.env.SMP_DIST ?? 'dist';
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
const de = (n, digits = 1) =>
	n.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const MOBILE = { width: 412, height: 823 };
const DESKTOP = { width: 1350, height: 940 };
const READING = ['big-data', 'generation-virtual-und-crm', 'ueberzeugen-statt-missionieren'];
const WITH_CALCULATOR = { chapter: 'organische-reichweite-und-timing', files: /posting-zeiten|PostingZeiten/ };
const CALCULATORS = [
	'technographics',
	'plattformen',
	'persona',
	'posting-zeiten',
	'echtzeit-budget',
	'kpi-monitoring',
	'kulanz',
];
const QUERIES = ['Reichweite', 'Krisenkommunikation', 'Persona'];

// Lighthouse comes from bench/package.json: install it now rather than after the long measurements.
const lighthouseReady = args.has('--no-lighthouse') || ensureBenchDeps();

const failures = [];
/** Print one target: what it is, our value, the comparison, OK/VERFEHLT. */
function target(name, ok, ours, compare = '') {
	console.log(`${ok ? 'OK      ' : 'VERFEHLT'} ${name}: ${ours}${compare ? ` · ${compare}` : ''}`);
	if (!ok) failures.push(name);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Builds, timed: ours, then the comparison sites (alternating order matters less than a quiet machine).
const builds = {};
if (!args.has('--no-build')) {
	const started = process.hrtime.bigint();
	const result = spawnSync('npx', ['astro', 'build'], {
		stdio: 'ignore',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) {
		console.error('Build fehlgeschlagen.');
		process.exit(1);
	}
	builds.ours = { seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
const ourPages = (await import('node:fs'))
	.readdirSync(DIST, { recursive: true })
	.filter((f) => String(f).endsWith('.html')).length;
if (builds.ours) builds.ours.pages = ourPages;
const sites = { ours: DIST };
if (!args.has('--no-compare')) {
	console.log(`Vergleichsseiten in ${sitesDir} …`);
	const floorDir = writeFloor(DIST);
	builds.floor = buildSite(floorDir);
	sites.floor = join(floorDir, 'dist');
	const starlightDir = writeStarlight(DIST);
	builds.starlight = buildSite(starlightDir);
	sites.starlight = join(starlightDir, 'dist');
}

// 2. Budgets from the built files (the same check `npm test` runs).
console.log('\nBudgets aus dem Build (scripts/budgets.mjs)');
const budgetResults = checkBudgets(DIST);
for (const r of budgetResults.filter((r) => !r.ok)) console.log(formatResult(r));
target(
	'Alle Budgets aus dem Build',
	budgetResults.every((r) => r.ok),
	`${budgetResults.filter((r) => r.ok).length} von ${budgetResults.length}`,
);

const servers = {};
for (const [name, dir] of Object.entries(sites)) servers[name] = await serve({ dir, port: 0 });
const base = (name) => servers[name].url;
const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: FLAGS });

// 3. Reading pages: the first view (HTML up to the end of the first screen + CSS + JS before interaction).
console.log('\nKapitelseiten ohne Rechner (Brotli, Mobil 412 × 823, vor jeder Interaktion)');
for (const slug of READING) {
	const path = `/kapitel/${slug}/`;
	const m = {};
	for (const name of Object.keys(sites))
		m[name] = await measurePage(browser, { base: base(name), dist: sites[name], path });
	const cmp = (key, f) =>
		['floor', 'starlight']
			.filter((n) => m[n])
			.map((n) => `${n === 'floor' ? 'Boden' : 'Starlight'} ${f(m[n][key])}`)
			.join(', ');
	target(`${path} erste Ansicht ≤ 14 KiB`, m.ours.firstView <= 14 * KIB, kib(m.ours.firstView), cmp('firstView', kib));
	target(
		`${path} Anfragen ≤ ${LIMITS.chapterRequests}`,
		m.ours.requests <= LIMITS.chapterRequests,
		String(m.ours.requests),
		cmp('requests', String),
	);
	target(
		`${path} JS vor Interaktion ≤ ${kib(LIMITS.chapterJs)}`,
		m.ours.js <= LIMITS.chapterJs,
		kib(m.ours.js),
		cmp('js', kib),
	);
	target(`${path} CSS ≤ ${kib(LIMITS.css)}`, m.ours.css <= LIMITS.css, kib(m.ours.css), cmp('css', kib));
	const framework = m.ours.urls.filter(isFrameworkScript);
	target(
		`${path} kein Framework-Skript vor Interaktion`,
		framework.length === 0,
		framework.length ? framework.join(', ') : 'keines',
	);
	console.log(
		`         ${path} ganze Seite vor Interaktion: ${kib(m.ours.total)} (HTML ${kib(m.ours.html)}, CSS ${kib(m.ours.css)}, JS ${kib(m.ours.js)}) · ${cmp('total', kib)}`,
	);
}
{
	const path = `/kapitel/${WITH_CALCULATOR.chapter}/`;
	const m = await measurePage(browser, { base: base('ours'), dist: DIST, path });
	const early = m.urls.filter((u) => WITH_CALCULATOR.files.test(u));
	target(
		`${path} Rechner-CSS/JS erst bei Sichtbarkeit`,
		early.length === 0,
		early.length ? early.join(', ') : 'nichts vor dem Scrollen',
		`${m.requests} Anfragen, erste Ansicht ${kib(m.firstView)}`,
	);
	const scrolled = await scriptsOnScroll(browser, base('ours') + path);
	target(
		`${path} Rechner-JS lädt beim Scrollen`,
		scrolled.some((u) => WITH_CALCULATOR.files.test(u)),
		`${scrolled.length} Skripte nach dem Scrollen`,
	);
}

// Slide decks (issue 11): reported, no target; their script loads only on /folien/ pages.
{
	const path = '/folien/echtzeit/';
	const m = await measurePage(browser, { base: base('ours'), dist: DIST, path });
	console.log(
		`         ${path} Foliensatz vor Interaktion: ${kib(m.total)} (HTML ${kib(m.html)}, CSS ${kib(m.css)}, JS ${kib(m.js)}), ${m.requests} Anfragen`,
	);
}

// 4. Calculator pages: layout shift and long tasks (4× CPU), mobile and desktop.
console.log('\nRechnerseiten: Layoutverschiebung (CLS) und längste Hauptthread-Aufgabe beim Laden, CPU 4× gedrosselt');
// The machine's floor for the long-task target: the plain-Astro page of a chapter (no script, no
// islands, a tenth of our elements) loaded the same way. Where it alone has tasks over 50 ms, parsing and
// layout on this machine cannot be brought under the target by any change to our pages.
const floorLongest = {};
if (servers.floor)
	for (const [label, viewport] of [
		['mobil', MOBILE],
		['Desktop', DESKTOP],
	]) {
		const runs = [];
		for (let i = 0; i < 3; i++)
			runs.push(await loadStability(browser, `${base('floor')}/kapitel/big-data/`, { viewport, cpuSlowdown: 4 }));
		floorLongest[label] = median(runs.map((r) => r.longest));
		console.log(
			`         Boden /kapitel/big-data/ ${label}: längste Aufgabe ${de(floorLongest[label], 0)} ms (Median aus 3)`,
		);
	}
for (const slug of CALCULATORS) {
	const url = `${base('ours')}/rechner/${slug}/`;
	for (const [label, viewport] of [
		['mobil', MOBILE],
		['Desktop', DESKTOP],
	]) {
		const runs = [];
		const bare = [];
		for (let i = 0; i < 3; i++) {
			runs.push(await loadStability(browser, url, { viewport, cpuSlowdown: 4 }));
			bare.push(await loadStability(browser, url, { viewport, cpuSlowdown: 4, javaScript: false }));
		}
		const cls = Math.max(...runs.map((r) => r.cls));
		for (const r of runs.filter((r) => r.cls >= 0.001))
			console.log(`         Verschoben (CLS ${de(r.cls, 3)}): ${r.shifted.join('; ')}`);
		const longest = median(runs.map((r) => r.longest));
		target(`/rechner/${slug}/ ${label}: CLS 0`, cls < 0.001, de(cls, 3));
		// Beside it the same page with JavaScript switched off: what parsing, style and layout alone
		// cost on this machine, i.e. the part no script change can remove.
		target(
			`/rechner/${slug}/ ${label}: längste Aufgabe ≤ 50 ms (Median aus 3)`,
			longest <= 50,
			`${de(longest, 0)} ms`,
			[
				`ohne JavaScript ${de(median(bare.map((r) => r.longest)), 0)} ms`,
				...(label in floorLongest ? [`Boden ${de(floorLongest[label], 0)} ms`] : []),
			].join(', '),
		);
	}
}

// 5. The print edition: static, no script while scrolling.
{
	const scripts = await scriptsOnScroll(browser, `${base('ours')}/drucken/`);
	target('/drucken/: kein Skript beim Scrollen', scripts.length === 0, scripts.length ? scripts.join(', ') : 'keines');
}

// 6. Search: cold first search and index size per page, against Starlight.
console.log('\nSuche (Pagefind-API, frisches Profil: Skript, WebAssembly, Index, fünf Treffer)');
const ourIndex = indexStats(DIST);
if (sites.starlight) {
	const theirIndex = indexStats(sites.starlight);
	target(
		'Suchindex je Seite ≤ 1,1 × Starlight',
		ourIndex.perPage <= 1.1 * theirIndex.perPage,
		`${kib(ourIndex.perPage)} (${kib(ourIndex.bytes)} / ${ourIndex.pages} Seiten)`,
		`Starlight ${kib(theirIndex.perPage)} (${kib(theirIndex.bytes)} / ${theirIndex.pages} Seiten)`,
	);
	const ours = [];
	const theirs = [];
	for (let round = 0; round < 3; round++) {
		for (const q of QUERIES) {
			ours.push(await coldSearch(browser, `${base('ours')}/kapitel/big-data/`, q));
			theirs.push(await coldSearch(browser, `${base('starlight')}/kapitel/big-data/`, q));
		}
	}
	target(
		'Erste Suche (kalt) nicht langsamer als Starlight, Median',
		median(ours) <= median(theirs),
		`${de(median(ours), 0)} ms`,
		`Starlight ${de(median(theirs), 0)} ms`,
	);
} else console.log(`         Suchindex: ${kib(ourIndex.bytes)} für ${ourIndex.pages} Seiten (ohne Vergleich)`);
await browser.close();

// 7. Build time per page.
if (builds.ours && builds.starlight) {
	const ours = builds.ours.seconds / builds.ours.pages;
	const theirs = builds.starlight.seconds / builds.starlight.pages;
	target(
		'Build-Zeit je Seite ≤ Starlight',
		ours <= theirs,
		`${de(ours, 2)} s (${de(builds.ours.seconds)} s / ${builds.ours.pages} Seiten)`,
		`Starlight ${de(theirs, 2)} s (${de(builds.starlight.seconds)} s / ${builds.starlight.pages}), Boden ${de(builds.floor.seconds / builds.floor.pages, 2)} s (${de(builds.floor.seconds)} s / ${builds.floor.pages})`,
	);
}

// The offline copy (src/integrations/offline.ts): what a first visit downloads in the background.
if (existsSync(join(DIST, 'sw.js'))) {
	const sw = readFileSync(join(DIST, 'sw.js'));
	const sizes = [...sw.toString('utf8').matchAll(/size:(\d+)/g)].map((m) => Number(m[1]));
	const mb = (bytes) => `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB`;
	console.log(
		`\nOffline-Kopie: ${sizes.length} Dateien, ${mb(sizes.reduce((a, b) => a + b, 0))} (unkomprimiert); Service Worker ${kib(gzipSync(sw).length)} (gzip)`,
	);
}

// 8. Lighthouse: LCP of a chapter against the floor; calculator pages 100 in all four categories.
if (!lighthouseReady) target('Lighthouse', false, 'nicht installiert (bench/package.json, „cd bench && npm ci“)');
else if (!args.has('--no-lighthouse')) {
	const { lighthouseRun } = await import('./lib/lighthouse.mjs');
	// One Lighthouse run on this two-core machine varies by 15 points (measured: 83 and 97 for the
	// same build); the run with the median of three stands for the page.
	const lighthouseMedian = async (url, form, key) => {
		const runs = [];
		for (let i = 0; i < 3; i++) runs.push(await lighthouseRun(url, form));
		return [...runs].sort((a, b) => a[key] - b[key])[1];
	};
	console.log('\nLighthouse (Debian-Chromium, Median aus 3 Läufen)');
	if (servers.floor) {
		const ours = await lighthouseMedian(`${base('ours')}/kapitel/big-data/`, 'mobile', 'lcp');
		const floor = await lighthouseMedian(`${base('floor')}/kapitel/big-data/`, 'mobile', 'lcp');
		target(
			'Kapitel big-data: LCP mobil ≤ 1,1 × Boden',
			ours.lcp <= 1.1 * floor.lcp,
			`${de(ours.lcp, 0)} ms`,
			`Boden ${de(floor.lcp, 0)} ms`,
		);
	}
	for (const slug of CALCULATORS) {
		for (const form of ['mobile', 'desktop']) {
			try {
				const s = await lighthouseMedian(`${base('ours')}/rechner/${slug}/`, form, 'performance');
				const all = [s.performance, s.accessibility, s['best-practices'], s.seo];
				target(
					`/rechner/${slug}/ Lighthouse ${form === 'mobile' ? 'mobil' : 'Desktop'}: 100 in allen vier`,
					all.every((v) => v === 100),
					all.join(' / '),
					`CLS ${de(s.cls, 3)}, TBT ${de(s.tbt, 0)} ms`,
				);
			} catch (error) {
				target(`/rechner/${slug}/ Lighthouse ${form}`, false, `lief nicht (${error.message})`);
			}
		}
	}
}
for (const { server } of Object.values(servers)) server.close();

// 9. The posting-time import (its own bench: file selection to drawn result, memory).
if (!args.has('--no-calculators') && existsSync('bench/posting-zeiten.mjs')) {
	console.log('\nPosting-Zeiten-Rechner: Import');
	const run = spawnSync(process.execPath, ['bench/posting-zeiten.mjs', '--strict'], { stdio: 'inherit' });
	target('Posting-Zeiten-Import (Ziele siehe oben)', run.status === 0, run.status === 0 ? 'alle erreicht' : 'verfehlt');
	if (args.has('--big')) {
		const memory = spawnSync(process.execPath, ['bench/posting-zeiten-memory.mjs'], { stdio: 'inherit' });
		target('Posting-Zeiten: Speicher flach bei 2 GB', memory.status === 0, memory.status === 0 ? 'ja' : 'nein');
	}
}

console.log(failures.length ? `\n${failures.length} Ziele verfehlt.` : '\nAlle Ziele erreicht.');
process.exit(failures.length ? 1 : 0);
