import { describe, expect, it } from 'vitest';
import {
	buildId,
	cacheName,
	contentType,
	isManifest,
	isOwnCache,
	lookup,
	planInstall,
	shouldPrecache,
	totalBytes,
	urlForFile,
	type OfflineFile,
} from './precache';

const file = (url: string, hash = 'a'.repeat(16), size = 10): OfflineFile => ({ url, hash, size });

describe('which files and under which address', () => {
	it('maps index.html files to their folder address', () => {
		expect(urlForFile('index.html')).toBe('/');
		expect(urlForFile('kapitel/echtzeit/index.html')).toBe('/kapitel/echtzeit/');
		expect(urlForFile('404.html')).toBe('/404.html');
		expect(urlForFile('_astro/site.abc.js')).toBe('/_astro/site.abc.js');
	});

	it('copies everything a page can load, but not the worker itself or Pagefind’s unused interfaces', () => {
		for (const path of [
			'index.html',
			'pagefind/pagefind.js',
			'pagefind/pagefind-worker.js',
			'pagefind/wasm.de.pagefind',
			'pagefind/index/de_1.pf_index',
			'_astro/import.worker-x.js',
			'manifest.webmanifest',
		]) {
			expect(shouldPrecache(path), path).toBe(true);
		}
		for (const path of [
			'sw.js',
			'pagefind/pagefind-ui.js',
			'pagefind/pagefind-ui.css',
			'pagefind/pagefind-component-ui.js',
			'pagefind/pagefind-modular-ui.css',
			'pagefind/pagefind-highlight.js',
		]) {
			expect(shouldPrecache(path), path).toBe(false);
		}
	});
});

describe('buildId', () => {
	it('is stable for the same files in any order and changes with any content', () => {
		const files = [file('/a/'), file('/b.js', 'b'.repeat(16))];
		expect(buildId(files)).toBe(buildId([...files].reverse()));
		expect(buildId(files)).toMatch(/^[0-9a-f]{16}$/);
		expect(buildId([file('/a/'), file('/b.js', 'c'.repeat(16))])).not.toBe(buildId(files));
		expect(buildId([file('/a/')])).not.toBe(buildId(files));
	});

	it('names one cache per build', () => {
		expect(cacheName('0123456789abcdef')).toBe('smp-offline-0123456789abcdef');
		expect(isOwnCache(cacheName('x'))).toBe(true);
		expect(isOwnCache('andere-website')).toBe(false);
		expect(totalBytes([file('/a', undefined, 5), file('/b', undefined, 7)])).toBe(12);
	});
});

describe('lookup', () => {
	const known = new Set(['/', '/suche/', '/folien/echtzeit/', '/pagefind/pagefind-entry.json']);
	const at = (path: string) => lookup(new URL(path, 'https://example.org'), known);

	it('ignores query and fragment – search words and ?sprecher=1 map to the file', () => {
		expect(at('/suche/?q=Krise')).toEqual({ key: '/suche/' });
		expect(at('/folien/echtzeit/?sprecher=1#4')).toEqual({ key: '/folien/echtzeit/' });
		expect(at('/pagefind/pagefind-entry.json?ts=123')).toEqual({ key: '/pagefind/pagefind-entry.json' });
	});

	it('redirects a folder address without its slash and knows nothing else', () => {
		expect(at('/suche?q=a')).toEqual({ redirect: 'https://example.org/suche/?q=a' });
		expect(at('/gibt-es-nicht/')).toBeUndefined();
	});
});

describe('planInstall', () => {
	it('takes unchanged files from an older copy and downloads the rest', () => {
		const previous = new Map([
			['/same.js', { hash: 'a'.repeat(16), cache: 'smp-offline-alt' }],
			['/changed/', { hash: 'b'.repeat(16), cache: 'smp-offline-alt' }],
		]);
		const plan = planInstall([file('/same.js'), file('/changed/'), file('/new.css')], previous);
		expect(plan.copy).toEqual([{ file: file('/same.js'), cache: 'smp-offline-alt' }]);
		expect(plan.download.map((f) => f.url)).toEqual(['/changed/', '/new.css']);
	});
});

describe('isManifest and contentType', () => {
	it('accepts only well-formed manifests', () => {
		expect(isManifest({ build: 'x', files: [file('/')] })).toBe(true);
		expect(isManifest({ build: 'x', files: [{ url: '/' }] })).toBe(false);
		expect(isManifest(null)).toBe(false);
	});

	it('guesses content types for folder addresses and files', () => {
		expect(contentType('/kapitel/')).toMatch(/^text\/html/);
		expect(contentType('/a.js')).toMatch(/^text\/javascript/);
		expect(contentType('/pagefind/x.pf_index')).toBe('application/octet-stream');
	});
});
