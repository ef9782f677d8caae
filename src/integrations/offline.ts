import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { build } from 'vite';
import {
	buildId,
	shouldPrecache,
	totalBytes,
	urlForFile,
	type OfflineFile,
	type OfflineManifest,
} from '../offline/precache';

/** Every file below `dir`, as paths relative to it with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

/** The manifest of a built site: every file a page can load, with hash and size. */
export async function offlineManifest(outDir: string): Promise<OfflineManifest> {
	const files: OfflineFile[] = [];
	for (const path of (await listFiles(outDir)).filter(shouldPrecache)) {
		const content = await readFile(join(outDir, path));
		files.push({
			url: urlForFile(path),
			hash: createHash('sha256').update(content).digest('hex').slice(0, 16),
			size: content.length,
		});
	}
	return { build: buildId(files), files };
}

/** Bundle the service worker with the manifest built in. */
async function bundleServiceWorker(manifest: OfflineManifest, root: string): Promise<string> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'silent',
		publicDir: false,
		define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			modulePreload: false,
			lib: {
				entry: join(root, 'src/offline/service-worker.ts'),
				formats: ['iife'],
				name: 'smpOffline',
				fileName: () => 'sw.js',
			},
		},
	});
	const outputs = Array.isArray(result) ? result : [result];
	for (const output of outputs) {
		if (!('output' in output)) continue;
		const chunk = output.output.find((o) => o.type === 'chunk');
		if (chunk && 'code' in chunk) return chunk.code;
	}
	throw new Error('Der Service Worker wurde nicht gebaut.');
}

/**
 * After the build – and after the search index, so it must come after the Pagefind integration in
 * astro.config.mjs: list every file of the site with its hash and write /sw.js, the service
 * worker that keeps exactly this build offline (src/offline/service-worker.ts).
 */
export default function offlineIntegration(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'smp-offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = await offlineManifest(outDir);
				const code = await bundleServiceWorker(manifest, root);
				await writeFile(join(outDir, 'sw.js'), code);
				const mb = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(
					totalBytes(manifest.files) / 1e6,
				);
				logger.info(
					`Offline-Kopie: ${manifest.files.length} Dateien, ${mb} MB, Build ${manifest.build}; Service Worker ${(code.length / 1024).toFixed(1)} kB.`,
				);
			},
		},
	};
}
