import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The offline copy with a real service worker (the other tests block it, see playwright.config.ts):
 * after one visit the site works with the network off – another chapter, a deck, a calculator
 * with its Web Worker, the search – and a new build is announced and taken over as a whole.
 */
test.use({ serviceWorkers: 'allow' });

const DIST = process.env['SMP_DIST'] ?? 'dist';

/** Wait until the page is controlled by a service worker whose copy is complete; returns its build. */
async function waitForOfflineCopy(page: Page): Promise<{ build: string; files: number; bytes: number }> {
	return page.evaluate(async () => {
		const sw = navigator.serviceWorker;
		await sw.ready;
		for (let attempt = 0; attempt < 600; attempt++) {
			const worker = sw.controller;
			if (worker) {
				const status = await new Promise<{ build: string; files: number; bytes: number; complete: boolean }>(
					(resolve) => {
						const channel = new MessageChannel();
						channel.port1.onmessage = (e) => resolve(e.data);
						worker.postMessage({ type: 'status' }, [channel.port2]);
					},
				);
				if (status.complete) return status;
			}
			await new Promise((r) => setTimeout(r, 200));
		}
		throw new Error('Die Offline-Kopie wurde nicht fertig.');
	});
}

test('after one visit, chapters, decks, calculators and the search work offline', async ({ page, context }) => {
	test.slow();
	// The copy must work under the site's Content-Security-Policy: Chromium reports every blocked
	// script, worker or fetch as a console error naming the „Content Security Policy“ (older
	// versions: „Refused to …“).
	const problems: string[] = [];
	page.on('console', (message) => {
		if (/Refused to|Content Security Policy/i.test(message.text())) problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	await page.goto('/kapitel/echtzeit/');
	const status = await waitForOfflineCopy(page);
	expect(status.files).toBeGreaterThan(100);

	await page.goto('/datenschutz/#offline');
	await expect(page.locator('[data-offline-text]')).toContainText('Offline-Nutzung ist bereit');
	await expect(page.locator('[data-offline-text]')).toContainText(/\d+ Dateien mit [\d,]+ MB/);

	await context.setOffline(true);

	await page.goto('/kapitel/big-data/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Big Data/);

	await page.goto('/folien/echtzeit/');
	await expect(page.locator('[data-buehne].bereit')).toBeAttached();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#2$/);
	await expect(page.locator('.folie.aktiv')).toBeVisible();

	await page.goto('/glossar/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	// The posting-times calculator reads files in its Web Worker – which must come from the copy too.
	await page.goto('/rechner/posting-zeiten/');
	const inputs = page.locator('.pz astro-island').first();
	await inputs.scrollIntoViewIfNeeded();
	await expect(inputs).not.toHaveAttribute('ssr');
	await page.locator('#pz-files').setInputFiles('tests/fixtures/posting-zeiten/access.log');
	await expect(page.locator('.pz-status')).toContainText('eingelesen');
	await expect(page.locator('.pz-source').first()).toContainText('220 Datensätze gelesen');

	await page.goto('/suche/?q=Echtzeit');
	await expect(page.locator('main a[href^="/kapitel/echtzeit/"]').first()).toBeVisible({ timeout: 20_000 });

	// An address that is not part of the site gets the site's own 404 page, not a browser error.
	const missing = await page.goto('/gibt-es-nicht/');
	expect(missing?.status()).toBe(404);
	await context.setOffline(false);
	expect(problems, 'CSP-Verstöße und Skriptfehler').toEqual([]);
});

test('the copy starts seconds after the first page has loaded, and the privacy page follows it', async ({ page }) => {
	test.slow();
	// Registered only after load and a few idle seconds, so that the download does not compete
	// with the reader's first search or import (issue 14).
	await page.goto('/datenschutz/#offline');
	const text = page.locator('[data-offline-text]');
	await expect(text).toHaveText(
		'Noch keine Offline-Kopie vorhanden. Sie entsteht wenige Sekunden nach dem Laden einer Seite.',
	);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
	// Without a reload the status moves on once the worker is there and its copy complete.
	await expect(text).toContainText('Offline-Nutzung ist bereit', { timeout: 60_000 });
});

test('a browser that asks to save data gets no copy on its own, but can switch it on', async ({ page }) => {
	test.slow();
	// navigator.connection.saveData as a data saver sets it (Chromium; not switchable in Playwright).
	await page.addInitScript(() => {
		Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true });
	});
	await page.goto('/kapitel/echtzeit/');
	// Past the four seconds after load in which the copy would otherwise start.
	await page.waitForTimeout(6000);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);

	await page.goto('/datenschutz/#offline');
	const text = page.locator('[data-offline-text]');
	await expect(text).toContainText('Ihr Browser ist auf Datensparen eingestellt');
	await expect(page.getByRole('button', { name: 'Offline-Kopie entfernen' })).toBeHidden();
	await page.getByRole('button', { name: 'Offline-Nutzung einschalten' }).click();
	// The focus goes to the button that now applies, not to a hidden one (lost for keyboard users).
	await expect(page.getByRole('button', { name: 'Offline-Kopie entfernen' })).toBeFocused();
	await expect(text).toContainText('Offline-Nutzung ist bereit', { timeout: 60_000 });
	await expect(page.getByRole('button', { name: 'Offline-Kopie entfernen' })).toBeVisible();
});

test('nothing a reader enters is stored in the copy', async ({ page }) => {
	await page.goto('/suche/?q=geheim');
	await waitForOfflineCopy(page);
	await page.goto('/rechner/kulanz/?folie=%2Ffolien%2Fechtzeit%2F%233');
	const keys = await page.evaluate(async () => {
		const all: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) all.push(request.url);
		return all;
	});
	expect(keys.length).toBeGreaterThan(100);
	expect(keys.filter((url) => url.includes('?'))).toEqual([]);
});

/**
 * A stand-in for the host of the next deployment: it serves dist/ through the test server, and
 * once `deploy()` is called it serves a new build – a changed chapter page and the service
 * worker that lists it with its new hash under a new build id.
 */
async function startHost(upstream: string): Promise<{ url: string; deploy: () => void; server: Server }> {
	const original = readFileSync(`${DIST}/sw.js`, 'utf8');
	const oldBuild = /build:\s*["'`]([0-9a-f]{16})["'`]/.exec(original)?.[1];
	if (!oldBuild) throw new Error('Build-Id in sw.js nicht gefunden.');
	const page = readFileSync(`${DIST}/kapitel/echtzeit/index.html`, 'utf8');
	const changedPage = page.replace('</h1>', ' <span data-neue-fassung>(neue Fassung)</span></h1>');
	const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
	const newBuild = hash(`${oldBuild}-neu`);
	const newWorker = original.replaceAll(oldBuild, newBuild).replace(hash(page), hash(changedPage));
	let deployed = false;
	const server = createServer(async (req, res): Promise<void> => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		if (deployed && path === '/sw.js') {
			res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end(newWorker);
			return;
		}
		if (deployed && path === '/kapitel/echtzeit/') {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end(changedPage);
			return;
		}
		const response = await fetch(upstream + (req.url ?? '/'), { redirect: 'manual' });
		const headers: Record<string, string> = {};
		for (const name of ['content-type', 'location', 'cache-control']) {
			const value = response.headers.get(name);
			if (value) headers[name] = value;
		}
		res.writeHead(response.status, headers);
		res.end(Buffer.from(await response.arrayBuffer()));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { url: `http://localhost:${port}`, deploy: () => (deployed = true), server };
}

test('a new build is announced, and „neu laden“ switches to it as a whole', async ({ page, baseURL }) => {
	test.slow();
	const host = await startHost(baseURL ?? '');
	try {
		await page.goto(`${host.url}/kapitel/echtzeit/`);
		const first = await waitForOfflineCopy(page);
		await expect(page.locator('[data-update-inhalt]')).toBeHidden();

		host.deploy();
		// The next visit finds the new service worker; it copies the new build in the background.
		await page.goto(`${host.url}/glossar/`);
		const notice = page.locator('[data-update-inhalt]');
		await expect(notice).toBeVisible({ timeout: 60_000 });
		await expect(notice).toHaveText(/Neue Version verfügbar – neu laden/);

		// Until the reader reloads, every page is the old build – complete, never mixed.
		await page.goto(`${host.url}/kapitel/echtzeit/`);
		await expect(page.locator('[data-neue-fassung]')).toHaveCount(0);
		await expect(notice).toBeVisible();

		await notice.getByRole('button', { name: 'neu laden' }).click();
		await expect(page.locator('[data-neue-fassung]')).toBeVisible({ timeout: 30_000 });
		const second = await waitForOfflineCopy(page);
		expect(second.build).not.toBe(first.build);
		const names = await page.evaluate(() => caches.keys());
		expect(names).toEqual([`smp-offline-${second.build}`]);
	} finally {
		host.server.close();
	}
});

test('the web app manifest names the site in German and its icons exist', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const response = await request.get(href ?? '');
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = (await response.json()) as {
		name: string;
		lang: string;
		display: string;
		start_url: string;
		icons: { src: string; sizes: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({ name: 'Social Media Praxis', lang: 'de', display: 'standalone', start_url: '/' });
	expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
	for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
