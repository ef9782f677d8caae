#!/usr/bin/env node
// `npm start`: build the site (with its search index) when the build is missing or older than
// the sources, then serve it on localhost.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json'];

/** Newest modification time below a path, in ms. */
function newest(path) {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let max = info.mtimeMs;
	for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
	return max;
}

const built = existsSync('dist/index.html') && existsSync('dist/pagefind/pagefind.js');
const stale = !built || Math.max(...SOURCES.map(newest)) > statSync('dist/index.html').mtimeMs;
if (stale) {
	console.log(built ? 'Quellen geändert – baue die Website neu …' : 'Baue die Website und den Suchindex …');
	const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('./serve.mjs').then(({ serve }) =>
	serve({ port: Number(process.env.PORT ?? 4321) }).then(({ url }) =>
		console.log(`\nSocial Media Praxis läuft unter ${url}/ (Beenden mit Strg+C)`),
	),
);
