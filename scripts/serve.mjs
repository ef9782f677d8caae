#!/usr/bin/env node
// A small static server for the built site (dist/). It serves what a real host would: the files,
// gzip for text, the 404 page, and no caching surprises. Used by `npm start`, the end-to-end
// tests and the benchmark. Usage: node scripts/serve.mjs [--port 4321] [--dir dist]
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { headersFor } from './headers.mjs';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.csv', '.webmanifest']);

/**
 * Map a URL path to a file below root, or undefined when it escapes root. Comparing with the
 * separator appended matters: `/srv/dist-alt` starts with `/srv/dist`, but is not inside it.
 */
export function toFile(root, pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	if (decoded.includes('\0')) return undefined;
	const target = normalize(join(root, decoded));
	return target === root || target.startsWith(root + sep) ? target : undefined;
}

async function findFile(root, pathname) {
	const file = toFile(root, pathname);
	if (!file) return undefined;
	const candidates = pathname.endsWith('/') ? [join(file, 'index.html')] : [file, join(file, 'index.html')];
	for (const candidate of candidates) {
		const info = await stat(candidate).catch(() => undefined);
		if (info?.isFile()) return { path: candidate, size: info.size };
	}
	return undefined;
}

/** Start serving `dir` on `port` (0 = any free port). Resolves with the server and its URL. */
export function serve({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
	const root = resolve(dir);
	const siteHeaders = headersFor(root);
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			// Directory URLs without a trailing slash redirect, as static hosts do.
			if (!url.pathname.endsWith('/') && !extname(url.pathname)) {
				const dirIndex = await findFile(root, `${url.pathname}/`);
				if (dirIndex) {
					res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
					res.end();
					return;
				}
			}
			const found = await findFile(root, url.pathname);
			// _headers: per-page CSP as an HTTP header, as Netlify or Cloudflare Pages would send it.
			const headers = {
				'X-Content-Type-Options': 'nosniff',
				'Cache-Control': 'no-cache',
				...siteHeaders(url.pathname),
			};
			if (!found) {
				const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Nicht gefunden'));
				res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
				res.end(page);
				return;
			}
			const ext = extname(found.path);
			const type = TYPES[ext] ?? 'application/octet-stream';
			const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
			res.writeHead(200, {
				...headers,
				'Content-Type': type,
				...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : { 'Content-Length': found.size }),
			});
			if (req.method === 'HEAD') return res.end();
			const stream = createReadStream(found.path);
			(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
		} catch {
			res.writeHead(500, { 'Content-Type': TYPES['.txt'] });
			res.end('Interner Fehler');
		}
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}` });
		});
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const option = (name, fallback) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
	};
	const port = Number(option('port', process.env.PORT ?? 4321));
	serve({ dir: option('dir', 'dist'), port })
		.then(({ url }) => console.log(`Social Media Praxis läuft unter ${url}/ (Beenden mit Strg+C)`))
		.catch((error) => {
			if (error.code === 'EADDRINUSE') {
				console.error(`Port ${port} ist belegt. Starte mit einem anderen Port: PORT=4322 npm start`);
			} else console.error(error);
			process.exit(1);
		});
}
