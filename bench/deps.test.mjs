import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleBenchDeps } from './deps.mjs';

const dirs = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A bench folder whose lock pins lighthouse 13.5.0; `installed` is the version in node_modules. */
function benchDir(installed) {
	const dir = mkdtempSync(join(tmpdir(), 'bench-deps-'));
	dirs.push(dir);
	const lock = {
		packages: { '': { dependencies: { lighthouse: '^13.5.0' } }, 'node_modules/lighthouse': { version: '13.5.0' } },
	};
	writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
	if (installed) {
		mkdirSync(join(dir, 'node_modules/lighthouse'), { recursive: true });
		writeFileSync(join(dir, 'node_modules/lighthouse/package.json'), JSON.stringify({ version: installed }));
	}
	return dir;
}

describe('staleBenchDeps', () => {
	it('asks for an install when a locked package is missing or at another version', () => {
		expect(staleBenchDeps(benchDir())).toEqual(['lighthouse']);
		expect(staleBenchDeps(benchDir('13.4.0'))).toEqual(['lighthouse']);
	});

	it('is satisfied by the locked version', () => {
		expect(staleBenchDeps(benchDir('13.5.0'))).toEqual([]);
	});

	it('keeps the bench packages out of the root package.json, so npm ci for npm test skips them', async () => {
		const root = (await import('../package.json', { with: { type: 'json' } })).default;
		const bench = (await import('./package.json', { with: { type: 'json' } })).default;
		for (const name of Object.keys(bench.dependencies)) {
			expect(root.dependencies?.[name]).toBeUndefined();
			expect(root.devDependencies?.[name]).toBeUndefined();
		}
	});
});
