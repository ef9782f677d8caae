/**
 * The service worker: an offline copy of one build. Bundled by src/integrations/offline.ts into
 * /sw.js with that build's manifest; a new build therefore is a new service worker, which the
 * browser finds on the reader's next visit.
 *
 * - install: copy every file of the build into the build's own cache. Files an older copy holds
 *   unchanged are taken from it, the rest are downloaded, bypassing the HTTP cache, and each is
 *   checked against the hash the build recorded – a half-deployed server fails the install
 *   instead of mixing builds. The manifest is written last and marks the copy complete.
 * - waiting: a new build waits until the reader chooses „neu laden“ (message `aktivieren`).
 * - activate: older copies are deleted; the first copy also takes over the open page.
 * - fetch: GET requests for files of the build are answered from the copy, nothing else is ever
 *   stored – no form data, no query strings, nothing a reader entered.
 */
import {
	MANIFEST_KEY,
	cacheName,
	contentType,
	isManifest,
	isOwnCache,
	lookup,
	planInstall,
	totalBytes,
	type OfflineFile,
	type OfflineManifest,
} from './precache';

declare const __OFFLINE_MANIFEST__: OfflineManifest;

// The DOM library's types are in scope project-wide; these are the service-worker parts used here.
interface SwEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
	request: Request;
	respondWith(response: Response | Promise<Response>): void;
}
interface SwMessageEvent extends SwEvent {
	data: unknown;
	ports: readonly MessagePort[];
}
interface SwClient {
	postMessage(message: unknown): void;
}
interface SwScope {
	location: Location;
	addEventListener(type: 'install' | 'activate', listener: (event: SwEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: SwFetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: SwMessageEvent) => void): void;
	skipWaiting(): Promise<void>;
	clients: {
		claim(): Promise<void>;
		matchAll(options: { includeUncontrolled: boolean }): Promise<readonly SwClient[]>;
	};
}

const sw = self as unknown as SwScope;
const manifest = __OFFLINE_MANIFEST__;
const CACHE = cacheName(manifest.build);
const known = new Set(manifest.files.map((f) => f.url));

async function sha256(buffer: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
	return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Download a file of this build, verified; throws if the server sends anything else. */
async function download(file: OfflineFile): Promise<Response> {
	const response = await fetch(file.url, { cache: 'no-cache', credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
	const body = await response.arrayBuffer();
	if ((await sha256(body)) !== file.hash) throw new Error(`${file.url}: gehört nicht zu diesem Build`);
	return new Response(body, {
		headers: { 'Content-Type': response.headers.get('Content-Type') ?? contentType(file.url) },
	});
}

/** Files of complete older copies: address → hash and cache. */
async function previousFiles(): Promise<Map<string, { hash: string; cache: string }>> {
	const found = new Map<string, { hash: string; cache: string }>();
	for (const name of await caches.keys()) {
		if (!isOwnCache(name) || name === CACHE) continue;
		const stored = await (await caches.open(name)).match(MANIFEST_KEY);
		const data: unknown = stored ? await stored.json().catch(() => undefined) : undefined;
		if (isManifest(data)) for (const f of data.files) found.set(f.url, { hash: f.hash, cache: name });
	}
	return found;
}

async function tell(message: unknown): Promise<void> {
	for (const client of await sw.clients.matchAll({ includeUncontrolled: true })) client.postMessage(message);
}

async function install(): Promise<void> {
	const cache = await caches.open(CACHE);
	if (await cache.match(MANIFEST_KEY)) return; // This build's copy is complete already.
	const { copy, download: fresh } = planInstall(manifest.files, await previousFiles());
	const total = manifest.files.length;
	let done = 0;
	const jobs = [
		...copy.map(({ file, cache: old }) => async () => {
			const response = await (await caches.open(old)).match(file.url);
			await cache.put(file.url, response ?? (await download(file)));
		}),
		...fresh.map((file) => async () => cache.put(file.url, await download(file))),
	];
	// Six at a time, as a browser loads a page: fast, without flooding the server.
	const worker = async () => {
		for (let job = jobs.shift(); job; job = jobs.shift()) {
			await job();
			done += 1;
			if (done % 10 === 0 || done === total) await tell({ type: 'fortschritt', done, total });
		}
	};
	await Promise.all(Array.from({ length: 6 }, worker));
	const stored = { ...manifest, installed: new Date().toISOString() };
	await cache.put(
		MANIFEST_KEY,
		new Response(JSON.stringify(stored), { headers: { 'Content-Type': 'application/json' } }),
	);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(install());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (isOwnCache(name) && name !== CACHE) await caches.delete(name);
			await sw.clients.claim();
		})(),
	);
});

async function answer(key: string, request: Request): Promise<Response> {
	const hit = await (await caches.open(CACHE)).match(key);
	return hit ?? fetch(request);
}

async function offlineFallback(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const page = await (await caches.open(CACHE)).match('/404.html');
		if (page) return new Response(page.body, { status: 404, headers: page.headers });
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const found = lookup(url, known);
	if (found && 'key' in found) event.respondWith(answer(found.key, request));
	else if (found) event.respondWith(Response.redirect(found.redirect, 301));
	else if (request.mode === 'navigate') event.respondWith(offlineFallback(request));
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: unknown } | null;
	if (data?.type === 'aktivieren') void sw.skipWaiting();
	if (data?.type === 'status') {
		event.waitUntil(
			(async () => {
				const stored = await (await caches.open(CACHE)).match(MANIFEST_KEY);
				const info = stored ? ((await stored.json()) as { installed?: string }) : undefined;
				event.ports[0]?.postMessage({
					build: manifest.build,
					files: manifest.files.length,
					bytes: totalBytes(manifest.files),
					complete: stored !== undefined,
					installed: info?.installed ?? null,
				});
			})(),
		);
	}
});
