import { describe, expect, it } from 'vitest';
import { planspielSchema } from '../schemas/planspiel';
import { evaluateLines, historicalSteps, MAX_GROUPS } from './compare';
import { encodePathCode } from './path-code';
import { testScenario } from './test-scenario';

const s = planspielSchema.parse(testScenario());
const code = (choices: number[], prefix = 'TEST', version = 2) =>
	encodePathCode({ prefix, version, steps: choices.map((choice) => ({ choice, timedOut: false })) });

describe('evaluateLines', () => {
	it('turns codes into groups with path, ending and indicators', () => {
		const [entry] = evaluateLines([{ label: 'Rot', code: code([0, 0]) }], s, {});
		expect(entry?.ok).toBe(true);
		if (!entry?.ok) return;
		expect(entry.group.label).toBe('Rot');
		expect(entry.group.played.map((p) => p.choice.id)).toEqual(['sperren', 'gutschein']);
		expect(entry.group.ending?.id).toBe('ende-kulanz');
		expect(entry.group.summary.netCost).toBe(1000);
	});
	it('keeps unfinished paths, without an ending', () => {
		const [entry] = evaluateLines([{ label: '', code: code([1]) }], s, {});
		expect(entry?.ok && entry.group.ending).toBeNull();
	});
	it('names each problem precisely', () => {
		const typo = code([0, 0]).slice(0, -1) + (code([0, 0]).endsWith('2') ? '3' : '2');
		const entries = evaluateLines(
			[
				{ label: 'kein Code', code: '' },
				{ label: '', code: typo },
				{ label: '', code: code([0], 'OTTO', 1) },
				{ label: '', code: code([0], 'ABC', 1) },
				{ label: '', code: code([0], 'TEST', 1) },
				{ label: '', code: code([3]) },
			],
			s,
			{ OTTO: 'Die Gutscheinpanne bei Otto' },
		);
		expect(entries.map((e) => (e.ok ? 'ok' : e.problem))).toEqual([
			{ kind: 'format' },
			{ kind: 'check', code: typo },
			{ kind: 'other', title: 'Die Gutscheinpanne bei Otto' },
			{ kind: 'unknown', prefix: 'ABC' },
			{ kind: 'version', version: 1 },
			{ kind: 'mismatch' },
		]);
	});
	it('compares at most a dozen groups', () => {
		const lines = Array.from({ length: 20 }, () => ({ label: '', code: code([1, 1]) }));
		expect(evaluateLines(lines, s, {})).toHaveLength(MAX_GROUPS);
	});
});

describe('historicalSteps', () => {
	it('follows the decisions marked historical', () => {
		expect(historicalSteps(s)).toEqual([
			{ choice: 1, timedOut: false },
			{ choice: 1, timedOut: false },
		]);
	});
});
