#!/usr/bin/env node
// The npm registry mirror our machines use only carries the Linux builds of a few packages that
// ship one binary package per platform (Astro's compiler, Pagefind). `npm install` then leaves the
// other platforms out of package-lock.json, and `npm ci` refuses the lock as out of sync. This
// script adds the missing optional platform entries (version, os, cpu and the integrity hash the
// registry publishes, no download address – like the other entries of this lockfile), so that
// `npm ci` works here and on every other platform and checks what it downloads there.
// Run it after every `npm install` that changes package-lock.json: npm run lock:platforms
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLATFORMS = {
	'android-arm64': { os: ['android'], cpu: ['arm64'] },
	'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
	'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
	'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
	'linux-arm64': { os: ['linux'], cpu: ['arm64'] },
	'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
	'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
	'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
	'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
	'wasm32-wasi': { cpu: ['wasm32'] },
	'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
	'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
	'windows-arm64': { os: ['win32'], cpu: ['arm64'] },
	'windows-x64': { os: ['win32'], cpu: ['x64'] },
};

/** The package name of a lockfile path: `a/node_modules/@s/p` → `@s/p`. */
const nameOf = (path) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where npm looks for `name` required by the package at `path`, nearest first. */
export function lookupChain(path, name) {
	const chain = [];
	for (let dir = path; ;) {
		chain.push(`${dir ? `${dir}/` : ''}node_modules/${name}`);
		if (!dir) return chain;
		const up = dir.lastIndexOf('/node_modules/');
		dir = up < 0 ? '' : dir.slice(0, up);
	}
}

/**
 * Add missing platform entries to `lock` and give every entry without an integrity hash the one
 * `integrityOf(name, version)` returns. Returns the numbers of added and completed entries.
 */
export function completeLock(lock, integrityOf) {
	const packages = lock.packages;
	let added = 0;
	for (const [path, entry] of Object.entries(packages)) {
		for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
			const platform = Object.keys(PLATFORMS).find((p) => name.endsWith(`-${p}`) || name.endsWith(`/${p}`));
			if (!platform) continue;
			// npm resolves from the parent's own node_modules up to the top level; the first entry on
			// that way is the one installed for this parent.
			const chain = lookupChain(path, name);
			const found = chain.find((p) => packages[p]);
			if (found && packages[found].version === version) continue;
			if (found === chain[0])
				throw new Error(
					`${chain[0]} hat Version ${packages[found].version}, ${path || 'das Projekt'} braucht ${version}.`,
				);
			const target = found ? chain[0] : chain.at(-1);
			packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...PLATFORMS[platform] };
			added++;
		}
	}
	let completed = 0;
	for (const [path, entry] of Object.entries(packages)) {
		if (!path || entry.link || entry.integrity) continue;
		const integrity = integrityOf(nameOf(path), entry.version);
		if (!integrity) throw new Error(`Kein Integritäts-Hash für ${nameOf(path)}@${entry.version} in der Paketquelle.`);
		// Same key order as npm writes: version, resolved (none here), integrity, then the rest.
		const { version, ...rest } = entry;
		packages[path] = { version, integrity, ...rest };
		completed++;
	}
	return { added, completed };
}

/** The registry's published hash, as `npm ci` will check it. */
function registryIntegrity(name, version) {
	const result = spawnSync('npm', ['view', `${name}@${version}`, 'dist.integrity'], {
		encoding: 'utf8',
		shell: process.platform === 'win32',
	});
	return result.status === 0 ? result.stdout.trim() : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
	const { added, completed } = completeLock(lock, registryIntegrity);
	writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
	console.log(
		added || completed
			? `${added} Plattform-Einträge ergänzt, ${completed} Integritäts-Hashes eingetragen.`
			: 'Lockfile vollständig.',
	);
}
