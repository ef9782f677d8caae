#!/usr/bin/env node
// Bench of the posting-time calculator on the built site (issue 5):
//   - import of a generated access log (default 1,000,000 Combined-Log-Format lines, ~220 MB)
//     through the real page and its Web Worker in headless Chromium: time, MB/s, lines/s;
//   - the longest main-thread task during the import (PerformanceObserver „longtask“);
//   - the time to recompute scores and plan after an input changes.
// Targets: import ≤ 2 s (file selection to drawn result), no main-thread task > 50 ms, recompute ≤ 10 ms.
// The 2-GB memory run is bench/posting-zeiten-memory.mjs.
// Usage: node bench/posting-zeiten.mjs [--lines 1000000] [--strict]   (needs dist/; builds nothing)
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { cachedLog } from './posting-zeiten/generate-log.mjs';
import { sampleMemory } from './posting-zeiten/memory.mjs';
import { serveStatic } from './posting-zeiten/static-server.mjs';

const args = process.argv.slice(2);
const lineArg = args.indexOf('--lines');
const LINES = lineArg >= 0 ? Number(args[lineArg + 1]) : 1_000_000;
const STRICT = args.includes('--strict');
const PAGE = '/rechner/posting-zeiten/';
const TARGET = { importSeconds: 2, longTaskMs: 50, recomputeMs: 10 };
const IMPORT_RUNS = 3;
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 2000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const fmt = (n, digits = 1) =>
	n.toLocaleString('de-DE', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

if (!existsSync(`dist${PAGE}index.html`)) {
	console.error('dist/ fehlt oder enthält den Posting-Zeiten-Rechner nicht: erst „npm run build“ ausführen.');
	process.exit(1);
}

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
	process.stdout.write(
		`Posting-Zeiten: Log mit ${LINES.toLocaleString('de-DE')} Zeilen (einmal erzeugt, dann wiederverwendet) … `,
	);
	const { path: logPath, bytes, lines } = await cachedLog(LINES);
	console.log(`${fmt(bytes / 1e6)} MB`);

	/** One import in a fresh page: its measure, the long tasks meanwhile, memory and the result. */
	const importOnce = async () => {
		// Without the offline copy's service worker: its one-time download of the whole site starts
		// four seconds after load (src/scripts/offline-init.js) and is not part of an import.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		// Long tasks are collected from the start; the import window is cut out afterwards.
		await page.addInitScript(() => {
			window.__pzLongTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__pzLongTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(server.url + PAGE);
		await page.locator('#pz-files').waitFor({ state: 'attached', timeout: 30_000 });

		// Self-test: a deliberate 80 ms task must show up, otherwise „no long task“ would mean nothing.
		await page.evaluate(
			() =>
				new Promise((done) =>
					setTimeout(() => {
						const until = performance.now() + 80;
						while (performance.now() < until);
						setTimeout(done, 100);
					}, 0),
				),
		);
		const observerWorks = await page.evaluate(() => window.__pzLongTasks.some((t) => t.duration >= 70));
		// A reader picks a file seconds after the page appeared, not while it still loads.
		await page.waitForTimeout(SETTLE_MS);

		const memory = sampleMemory();
		const startedAt = await page.evaluate(() => performance.now());
		await page.locator('#pz-files').setInputFiles(logPath);
		await page.locator('.pz-status').getByText('eingelesen').waitFor({ timeout: 300_000 });
		const { baseline, peak } = memory.stop();
		const importMs = await page.evaluate(
			() => performance.getEntriesByName('pz-import').at(-1)?.duration ?? Number.NaN,
		);
		const endedAt = await page.evaluate(() => performance.now());
		const longTasks = await page.evaluate(
			([a, b]) => window.__pzLongTasks.filter((t) => t.start >= a && t.start <= b),
			[startedAt, endedAt],
		);
		const maxLongTask = longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
		return { page, importMs, observerWorks, maxLongTask, baseline, peak };
	};

	// Three imports, each in a fresh page; judged is the median. The first often reads the file
	// cold (this machine reclaims its page cache), which the printed single values show.
	const runs = [];
	for (let i = 0; i < IMPORT_RUNS; i++) {
		const run = await importOnce();
		runs.push(run);
		if (i < IMPORT_RUNS - 1) await run.page.context().close();
	}
	const { page } = runs.at(-1);
	const importMs = median(runs.map((r) => r.importMs));
	const observerWorks = runs.every((r) => r.observerWorks);
	const maxLongTask = Math.max(...runs.map((r) => r.maxLongTask));
	const baseline = runs[0].baseline;
	const peak = Math.max(...runs.map((r) => r.peak - r.baseline)) + (baseline ?? 0);
	const best = (await page.locator('.pz-ranking li').first().locator('strong').textContent())?.trim();
	const stats = (await page.locator('.pz-source p').first().textContent())?.trim();

	// Recompute: change inputs as a user would and read the store's own measure each time. The
	// median and the 95th percentile are judged; the maximum is shown too, but on a shared machine
	// it can contain a garbage-collection or scheduling pause that is not the calculation.
	const fields = [
		['#pz-half-life', (i) => String(60 + i * 7)],
		['#pz-posts', (i) => String(3 + (i % 10))],
		['#pz-gap', (i) => String(4 + (i % 12))],
	];
	const timings = [];
	for (let i = 0; i < 45; i++) {
		const [selector, value] = fields[i % fields.length];
		await page.locator(selector).fill(value(i));
		timings.push(
			await page.evaluate(() => performance.getEntriesByName('pz-recompute').at(-1)?.duration ?? Number.NaN),
		);
	}
	const sorted = [...timings].sort((a, b) => a - b);
	const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1] ?? Number.NaN;
	await page.locator('#pz-zone').selectOption('America/New_York');
	const zoneSwitch = await page.evaluate(
		() => performance.getEntriesByName('pz-recompute').at(-1)?.duration ?? Number.NaN,
	);

	// The floor: the same file only read, in a fresh page of the same browser (Chromium's first read
	// of a file is the slow one – 2.3–2.6 s here against 0.8–1.3 s for the next), no parsing at all.
	const floorPage = await browser.newPage();
	await floorPage.setContent('<input type="file" id="f">');
	await floorPage.locator('#f').setInputFiles(logPath);
	const readOnlyMs = await floorPage.evaluate(async () => {
		const file = document.querySelector('input').files[0];
		const source = `onmessage = async (e) => {
			const started = performance.now();
			const reader = e.data.stream().getReader();
			while (!(await reader.read()).done);
			postMessage(performance.now() - started);
		};`;
		const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
		return new Promise((done) => {
			worker.onmessage = (e) => done(e.data);
			worker.postMessage(file);
		});
	});
	await floorPage.close();

	const seconds = importMs / 1000;
	const checks = [
		[
			'Import (Median aus 3)',
			seconds <= TARGET.importSeconds,
			`${fmt(seconds, 2)} s (Ziel ≤ ${TARGET.importSeconds} s; einzeln ${runs.map((r) => fmt(r.importMs / 1000, 2)).join(' / ')} s)`,
		],
		[
			'Längste Hauptthread-Aufgabe',
			observerWorks && maxLongTask <= TARGET.longTaskMs,
			maxLongTask > 0
				? `${fmt(maxLongTask, 0)} ms (Ziel ≤ ${TARGET.longTaskMs} ms)`
				: `keine über 50 ms (Ziel ≤ ${TARGET.longTaskMs} ms)`,
		],
		[
			'Neuberechnung (Median/P95/Max)',
			p95 <= TARGET.recomputeMs,
			`${fmt(median(timings), 2)} / ${fmt(p95, 2)} / ${fmt(sorted.at(-1), 2)} ms (Ziel ≤ ${TARGET.recomputeMs} ms)`,
		],
	];
	console.log(
		`  Datei:            ${fmt(bytes / 1e6)} MB, ${lines.toLocaleString('de-DE')} Zeilen (Combined Log Format)`,
	);
	console.log(
		`  Durchsatz:        ${fmt(bytes / 1e6 / seconds)} MB/s, ${Math.round(lines / seconds).toLocaleString('de-DE')} Zeilen/s`,
	);
	for (const [name, ok, text] of checks) console.log(`  ${(name + ':').padEnd(32)} ${text} ${ok ? 'OK' : 'VERFEHLT'}`);
	console.log(
		`  Boden:            ${fmt(readOnlyMs / 1000, 2)} s nur zum Lesen derselben Datei im Worker (frische Seite, ohne Auswerten)`,
	);
	if (!observerWorks) console.log('  Achtung: Der Longtask-Observer hat den Selbsttest nicht bestanden.');
	if (baseline !== undefined)
		console.log(
			`  Speicher:         Browser-Prozesse zusammen ${fmt(baseline / 1e6, 0)} MB vorher, Spitze ${fmt(peak / 1e6, 0)} MB (+${fmt((peak - baseline) / 1e6, 0)} MB für eine Datei von ${fmt(bytes / 1e6, 0)} MB)`,
		);
	console.log(`  Zeitzonenwechsel: ${fmt(zoneSwitch, 2)} ms (rechnet alle Viertelstunden der Daten neu um)`);
	console.log(`  Ergebnis:         ${stats}`);
	console.log(`  Beste Zeit:       ${best}`);
	failed = checks.some(([, ok]) => !ok);
} finally {
	await browser.close();
	await server.close();
}
if (failed && STRICT) process.exit(1);
