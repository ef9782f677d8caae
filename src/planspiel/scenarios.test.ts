import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { planspielSchema } from '../schemas/planspiel';
import { historicalSteps } from './compare';
import { allPaths } from './graph';
import { citedSources } from './load';
import { decodePathCode, encodePathCode } from './path-code';
import { replay } from './replay';
import { summarize } from './indicators';

/**
 * The real scenarios in content/planspiel/: valid, every path played to an ending with finite
 * indicators, every path's group code readable again, every cited source and the chapter present.
 */
const dir = join('content', 'planspiel');
const scenarios = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		data: planspielSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))),
	}));

describe('the scenarios', () => {
	it('are at least the Otto case and a second, present-day case', () => {
		expect(scenarios.map((s) => s.id).sort()).toEqual(['otto', 'preisfehler']);
		expect(new Set(scenarios.map((s) => s.data.code)).size).toBe(scenarios.length);
	});

	describe.each(scenarios)('$id', ({ data: s }) => {
		const paths = allPaths(s);

		it('plays every path to an ending with finite, in-range indicators', () => {
			expect(paths.length).toBeGreaterThan(3);
			for (const path of paths) {
				const r = replay(
					s,
					path.map((choice) => ({ choice, timedOut: false })),
				);
				expect(r.ok && r.at.kind).toBe('ending');
				if (!r.ok) continue;
				const sum = summarize(s, r.indicators);
				for (const v of [sum.netCost, sum.maxCost, sum.workload.hoursPerDay, sum.workload.payPerMonth])
					expect(Number.isFinite(v)).toBe(true);
				expect(sum.sentiment).toBeGreaterThanOrEqual(-100);
				expect(sum.legalRisk).toBeLessThanOrEqual(100);
			}
		});

		it('reaches every ending on some path', () => {
			const reached = new Set(
				paths.map((path) => {
					const r = replay(
						s,
						path.map((choice) => ({ choice, timedOut: false })),
					);
					return r.ok && r.at.kind === 'ending' ? r.at.ending.id : '';
				}),
			);
			expect([...reached].sort()).toEqual(s.endings.map((e) => e.id).sort());
		});

		it('gives every path a group code that reads back to the same path', () => {
			for (const path of paths) {
				const steps = path.map((choice) => ({ choice, timedOut: false }));
				const decoded = decodePathCode(encodePathCode({ prefix: s.code, version: s.version, steps }));
				expect(decoded.ok && decoded.code.steps).toEqual(steps);
			}
		});

		it('marks what really happened as a complete path', () => {
			const r = replay(s, historicalSteps(s));
			expect(r.ok && r.at.kind).toBe('ending');
		});

		it('cites only existing sources and an existing chapter', () => {
			for (const id of citedSources(s)) expect(existsSync(join('content', 'quellen', `${id}.yaml`)), id).toBe(true);
			expect(existsSync(join('content', 'kapitel', `${s.chapter}.mdx`))).toBe(true);
		});

		it('writes numbers with a no-break space before their unit', () => {
			const text = JSON.stringify(s);
			expect(text.match(/\d (Euro|€|%)/g) ?? []).toEqual([]);
		});
	});
});
