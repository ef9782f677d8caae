import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enginesRange, minimums, satisfies } from './node-version.mjs';

const range = enginesRange();
const declared = minimums(range);

/** Installed packages (the lockfile's entries present in node_modules) with a Node range we can read. */
function installedRanges() {
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
	return Object.entries(lock.packages).flatMap(([path, entry]) => {
		const node = entry.engines?.node;
		// A few packages write ranges like „20 || >=22“; none of them limits Node 22 or newer.
		if (!path || !node || !existsSync(path) || !/^[\s\d.^>=|]+$/.test(node)) return [];
		try {
			minimums(node);
			return [{ name: path.replace(/^.*node_modules\//, ''), node }];
		} catch {
			return [];
		}
	});
}

/** The version just below `min` on its line (24.16.0 → 24.15.999). */
function justBelow({ major, minor, patch }) {
	return patch > 0 ? `${major}.${minor}.${patch - 1}` : `${major}.${minor - 1}.999`;
}

describe('Node.js minimum', () => {
	it('reads ^ and >= alternatives and judges versions by them', () => {
		const r = '^22.22.3 || ^24.16.0 || >=26.3.0';
		expect(['v20.20.2', '22.22.2', '23.11.0', '24.15.9', '25.0.0', '26.2.9'].map((v) => satisfies(v, r))).toEqual(
			Array(6).fill(false),
		);
		expect(['22.22.3', 'v22.30.0', '24.16.0', 'v24.22.3', '26.3.0', '27.0.0'].map((v) => satisfies(v, r))).toEqual(
			Array(6).fill(true),
		);
		expect(() => minimums('>=20 <24')).toThrow(/Unbekannte Form/);
	});

	it('package.json, .nvmrc and the README state the same minimum', () => {
		const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
		const readme = readFileSync('README.md', 'utf8');
		// .nvmrc pins the lowest version of the recommended LTS line that CI provisions (24).
		expect(declared.find((m) => m.major === 24)?.version).toBe(nvmrc);
		const requirement = readme.split('\n\n').find((p) => p.startsWith('Voraussetzung: Node.js'));
		for (const min of declared) expect(requirement).toContain(min.version);
		expect(requirement).toContain('.nvmrc');
	});

	it('is the real minimum: every installed package accepts it, and one refuses the version before', () => {
		const ranges = installedRanges();
		expect(ranges.length).toBeGreaterThan(100);
		for (const min of declared) {
			expect(ranges.filter((r) => !satisfies(min.version, r.node)).map((r) => r.name)).toEqual([]);
			expect(ranges.some((r) => !satisfies(justBelow(min), r.node))).toBe(true);
		}
		// The lines between (23, 25) are left out because a dependency leaves them out too.
		expect(ranges.some((r) => !satisfies('23.99.0', r.node))).toBe(true);
		expect(ranges.some((r) => !satisfies('25.99.0', r.node))).toBe(true);
	});
});
