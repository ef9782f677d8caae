// Lighthouse and its Chrome launcher are needed by `npm run bench` only, so they live in
// bench/package.json with their own lockfile: `npm ci` for `npm test` does not install them.
// The bench installs them on first use (and again when bench/package-lock.json changes).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));

/** Locked packages whose installed version differs from bench/package-lock.json (or is missing). */
export function staleBenchDeps(dir = BENCH) {
	const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
	return Object.entries(lock.packages[''].dependencies ?? {})
		.map(([name]) => name)
		.filter((name) => {
			const installed = join(dir, 'node_modules', name, 'package.json');
			return (
				!existsSync(installed) ||
				JSON.parse(readFileSync(installed, 'utf8')).version !== lock.packages[`node_modules/${name}`]?.version
			);
		});
}

/** Install the bench's own dependencies exactly as locked, with a note why; false when npm fails. */
export function ensureBenchDeps(dir = BENCH) {
	const stale = staleBenchDeps(dir);
	if (stale.length === 0) return true;
	console.log(
		`Installiere die Abhängigkeiten der Leistungsmessung (${stale.join(', ')}) nach bench/node_modules (npm ci, einmalig, etwa 1 Minute) …`,
	);
	const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
	if (result.status !== 0) console.error('Installation fehlgeschlagen: „cd bench && npm ci“ von Hand versuchen.');
	return result.status === 0;
}
