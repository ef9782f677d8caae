/**
 * The rules of the offline copy, shared by the build (src/integrations/offline.ts) and the service
 * worker (service-worker.ts). Pure and tested (precache.test.ts).
 *
 * Every build gets its own cache, named after a build id that is the hash of all files. The
 * service worker of a build copies exactly that build's files into its cache – each one checked
 * against the hash the build recorded – and serves only from it. A page and everything it loads
 * therefore always come from one build; a new build becomes visible only after „neu laden“.
 */

/** One file of the offline copy. */
export interface OfflineFile {
	/** Address as the browser requests it: `/kapitel/echtzeit/` for `kapitel/echtzeit/index.html`. */
	url: string;
	/** First 16 hex digits of the SHA-256 of the file. */
	hash: string;
	/** Size in bytes (uncompressed, as stored in the cache). */
	size: number;
}

export interface OfflineManifest {
	build: string;
	files: OfflineFile[];
}

/** Prefix of the caches this site's service worker owns. */
export const CACHE_PREFIX = 'smp-offline-';

/** Cache key under which a complete copy stores its manifest (written last, so it marks completeness). */
export const MANIFEST_KEY = '/__offline__/manifest.json';

export function cacheName(build: string): string {
	return `${CACHE_PREFIX}${build}`;
}

export function isOwnCache(name: string): boolean {
	return name.startsWith(CACHE_PREFIX);
}

/**
 * Files no page loads: Pagefind's ready-made search interfaces (the site has its own) and the
 * service worker itself, which the browser manages. Everything else a page can request is copied.
 */
const SKIPPED = [
	/^sw\.js$/,
	/^pagefind\/pagefind-(?:component-|modular-)?ui\.(?:js|css)$/,
	/^pagefind\/pagefind-highlight\.js$/,
];

/** Whether a built file (path relative to dist/, with forward slashes) belongs in the copy. */
export function shouldPrecache(path: string): boolean {
	return !SKIPPED.some((re) => re.test(path));
}

/** The address of a built file: `index.html` files are requested as their folder. */
export function urlForFile(path: string): string {
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/** FNV-1a over a string, as 8 hex digits. */
function fnv(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** An id for a build: changes when any file's address or content changes, and only then. */
export function buildId(files: readonly OfflineFile[]): string {
	const list = [...files].sort((a, b) => (a.url < b.url ? -1 : 1)).map((f) => `${f.url} ${f.hash}`);
	return fnv(list.join('\n')) + fnv(list.reverse().join('\n'));
}

/** Total bytes of the copy. */
export function totalBytes(files: readonly OfflineFile[]): number {
	return files.reduce((sum, f) => sum + f.size, 0);
}

/** Where the service worker finds a request in the copy. */
export type Lookup = { key: string } | { redirect: string } | undefined;

/**
 * The cache key for a request: the path without query and fragment („/suche/?q=…“ and
 * „?sprecher=1“ are the same file). A folder address without its slash redirects, as the server
 * does. Anything else is not part of the copy.
 */
export function lookup(url: URL, known: ReadonlySet<string>): Lookup {
	const path = decodeURIComponent(url.pathname);
	if (known.has(path)) return { key: path };
	if (!path.endsWith('/') && known.has(`${path}/`)) return { redirect: `${url.origin}${url.pathname}/${url.search}` };
	return undefined;
}

/**
 * Which files a new build can take from an older copy (same address, same hash) and which it
 * must download. `previous` maps addresses to hash and the cache that holds them.
 */
export function planInstall(
	files: readonly OfflineFile[],
	previous: ReadonlyMap<string, { hash: string; cache: string }>,
): { copy: { file: OfflineFile; cache: string }[]; download: OfflineFile[] } {
	const copy: { file: OfflineFile; cache: string }[] = [];
	const download: OfflineFile[] = [];
	for (const file of files) {
		const old = previous.get(file.url);
		if (old && old.hash === file.hash) copy.push({ file, cache: old.cache });
		else download.push(file);
	}
	return { copy, download };
}

/** Whether `data` is a manifest (as stored in a cache by an earlier service worker). */
export function isManifest(data: unknown): data is OfflineManifest {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Record<string, unknown>;
	return (
		typeof d['build'] === 'string' &&
		Array.isArray(d['files']) &&
		d['files'].every(
			(f: unknown) =>
				typeof f === 'object' &&
				f !== null &&
				typeof (f as OfflineFile).url === 'string' &&
				typeof (f as OfflineFile).hash === 'string' &&
				typeof (f as OfflineFile).size === 'number',
		)
	);
}

/** A content type for a file the server sent without one. */
export function contentType(url: string): string {
	const ext = /\.([a-z0-9]+)$/i.exec(url.endsWith('/') ? 'x.html' : url)?.[1]?.toLowerCase() ?? '';
	const types: Record<string, string> = {
		html: 'text/html; charset=utf-8',
		css: 'text/css; charset=utf-8',
		js: 'text/javascript; charset=utf-8',
		json: 'application/json',
		svg: 'image/svg+xml',
		png: 'image/png',
		webmanifest: 'application/manifest+json',
		csv: 'text/csv; charset=utf-8',
		xml: 'application/xml',
		txt: 'text/plain; charset=utf-8',
	};
	return types[ext] ?? 'application/octet-stream';
}
