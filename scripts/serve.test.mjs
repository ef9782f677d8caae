import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, toFile } from './serve.mjs';

/** A raw GET, so that the path reaches the server exactly as written (no client-side normalising). */
function get(base, path) {
	return new Promise((resolve, reject) => {
		const req = request(`${base}${path}`, { method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (c) => (body += c));
			res.on('end', () => resolve({ status: res.statusCode, body }));
		});
		req.path = path;
		req.on('error', reject);
		req.end();
	});
}

describe('scripts/serve.mjs', () => {
	let dir;
	let server;
	let base;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'smp-serve-'));
		mkdirSync(join(dir, 'dist'));
		mkdirSync(join(dir, 'dist-foo'));
		writeFileSync(join(dir, 'dist', 'index.html'), '<p>Start</p>');
		writeFileSync(join(dir, 'dist', '404.html'), '<p>Nicht gefunden</p>');
		writeFileSync(join(dir, 'dist-foo', 'geheim.txt'), 'GEHEIM');
		writeFileSync(join(dir, 'geheim.txt'), 'GEHEIM');
		({ server, url: base } = await serve({ dir: join(dir, 'dist'), port: 0 }));
	});
	afterAll(() => {
		server?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves files inside dist/', async () => {
		expect(await get(base, '/')).toMatchObject({ status: 200, body: '<p>Start</p>' });
	});

	it.each([
		'/..%2fdist-foo/geheim.txt',
		'/..%2f..%2fgeheim.txt',
		'/%2e%2e%2fdist-foo%2fgeheim.txt',
		'/../dist-foo/geheim.txt',
	])('never serves a file outside dist/: %s', async (path) => {
		const res = await get(base, path);
		expect(res.status).toBe(404);
		expect(res.body).not.toContain('GEHEIM');
	});

	it('answers a malformed escape with 404 instead of an error', async () => {
		expect((await get(base, '/%E0%A4%A')).status).toBe(404);
	});

	it('maps paths only below the root, also for a sibling whose name starts the same', () => {
		expect(toFile('/srv/dist', '/../dist-foo/x')).toBeUndefined();
		expect(toFile('/srv/dist', '/a/../b.txt')).toBe('/srv/dist/b.txt');
		expect(toFile('/srv/dist', '/')).toBe('/srv/dist/');
	});
});
