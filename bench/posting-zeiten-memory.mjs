#!/usr/bin/env node
// Memory of the posting-time import for a small and a 2-GB access log (issue 14: memory stays
// flat). Each file is imported through the real page and its Web Worker in a fresh browser; the
// resident memory of all browser processes is sampled during the import. The worker reads the
// file as a stream and keeps only counts per quarter hour, so the growth must not follow the
// file size: target, growth for 2 GB ≤ growth for the small file + 150 MB.
// Usage: node bench/posting-zeiten-memory.mjs [--gb 2]   (needs dist/; writes the logs to the temp
// folder and deletes them afterwards; about 2 GB of free disk space and a few minutes)
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { generateLog } from './posting-zeiten/generate-log.mjs';
import { sampleMemory } from './posting-zeiten/memory.mjs';
import { serveStatic } from './posting-zeiten/static-server.mjs';

const PAGE = '/rechner/posting-zeiten/';
const args = process.argv.slice(2);
const gb = args.includes('--gb') ? Number(args[args.indexOf('--gb') + 1]) : 2;
const BYTES_PER_LINE = 224; // what generate-log.mjs writes on average
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const mb = (b) => `${Math.round(b / 1e6).toLocaleString('de-DE')} MB`;

if (!existsSync(`dist${PAGE}index.html`)) {
	console.error('dist/ fehlt: erst „npm run build“ ausführen.');
	process.exit(1);
}

async function importOnce(server, path) {
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
	try {
		// Without the offline copy's service worker, as in bench/posting-zeiten.mjs: its one-time
		// download of the whole site would otherwise run during the import.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(server.url + PAGE);
		await page.locator('#pz-files').waitFor({ state: 'attached', timeout: 30_000 });
		await page.waitForTimeout(500);
		const memory = sampleMemory(50);
		await page.locator('#pz-files').setInputFiles(path);
		await page.locator('.pz-status').getByText('eingelesen').waitFor({ timeout: 600_000 });
		const { baseline, peak } = memory.stop();
		const ms = await page.evaluate(() => performance.getEntriesByName('pz-import').at(-1)?.duration ?? Number.NaN);
		return { growth: peak - (baseline ?? 0), ms };
	} finally {
		await browser.close();
	}
}

const dir = await mkdtemp(join(tmpdir(), 'pz-memory-'));
const server = await serveStatic('dist');
let ok = false;
try {
	const sizes = [1_000_000, Math.round((gb * 1e9) / BYTES_PER_LINE)];
	const results = [];
	for (const lines of sizes) {
		const path = join(dir, `access-${lines}.log`);
		process.stdout.write(`  erzeuge ${lines.toLocaleString('de-DE')} Zeilen … `);
		const { bytes } = await generateLog(path, lines);
		const r = await importOnce(server, path);
		console.log(
			`${mb(bytes)}: Import ${(r.ms / 1000).toFixed(1).replace('.', ',')} s, Speicherzuwachs ${mb(r.growth)}`,
		);
		results.push({ bytes, ...r });
		await rm(path, { force: true });
	}
	const [small, big] = results;
	ok = big.growth <= small.growth + 150e6;
	console.log(
		`${ok ? 'OK      ' : 'VERFEHLT'} Speicher bleibt flach: +${mb(big.growth)} für ${mb(big.bytes)} gegenüber +${mb(small.growth)} für ${mb(small.bytes)} (Ziel: höchstens 150 MB mehr)`,
	);
} finally {
	await server.close();
	await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
