// A tiny static file server for the built site, only for the bench: no compression, no cache,
// just the right MIME types (module scripts and workers need a JavaScript type).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

async function fileFor(root, pathname) {
	const target = normalize(join(root, decodeURIComponent(pathname)));
	if (!target.startsWith(root)) return undefined;
	for (const candidate of pathname.endsWith('/')
		? [join(target, 'index.html')]
		: [target, join(target, 'index.html')]) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return candidate;
	}
	return undefined;
}

/** Serve `dir` on a free localhost port; resolves with { url, close }. */
export async function serveStatic(dir) {
	const root = resolve(dir);
	const server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = await fileFor(root, pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		createReadStream(file).pipe(res);
	});
	await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address();
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
