import { describe, expect, it } from 'vitest';
import { planspielSchema } from '../schemas/planspiel';
import { allPaths } from './graph';
import { replay, snapshots, timeoutStep } from './replay';
import { testScenario } from './test-scenario';

const s = planspielSchema.parse(testScenario());
const steps = (...choices: number[]) => choices.map((choice) => ({ choice, timedOut: false }));

describe('replay', () => {
	it('starts in the first round', () => {
		const r = replay(s, []);
		expect(r.ok && r.at.kind === 'round' && r.at.round.id).toBe('tag-1');
	});
	it('plays every path of the graph to an ending', () => {
		for (const path of allPaths(s)) {
			const r = replay(s, steps(...path));
			expect(r.ok && r.at.kind).toBe('ending');
		}
	});
	it('refuses steps that do not fit: unknown choice, beyond the end, wrong timeout', () => {
		expect(replay(s, steps(7))).toEqual({ ok: false, valid: 0 });
		expect(replay(s, steps(2, 0))).toEqual({ ok: false, valid: 1 });
		expect(replay(s, [{ choice: 0, timedOut: true }])).toEqual({ ok: false, valid: 0 });
		expect(replay(s, [{ choice: 1, timedOut: true }]).ok).toBe(true);
	});
	it('records the indicators before and after each decision', () => {
		const r = replay(s, steps(1, 0));
		if (!r.ok) throw new Error('replay failed');
		expect(r.played.map((p) => [p.before.legalRisk, p.after.legalRisk])).toEqual([
			[10, 20],
			[20, 20],
		]);
		expect(snapshots(s, r.played, 'Start')).toEqual([
			{ label: 'Start', sentiment: 0, legalRisk: 10, hoursPerDay: 0, netCost: 0 },
			{ label: 'Mo.', sentiment: 0, legalRisk: 20, hoursPerDay: 15, netCost: 0 },
			{ label: 'Di.', sentiment: 20, legalRisk: 20, hoursPerDay: 15, netCost: 2000 },
		]);
	});
});

describe('timeoutStep', () => {
	it('is the round’s timeout choice, marked as timed out', () => {
		expect(timeoutStep(s.rounds[0]!)).toEqual({ choice: 1, timedOut: true });
		expect(timeoutStep(s.rounds[1]!)).toBeNull();
	});
});
