import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MEASURES, type MeasureId } from './measures';
import type { ParsedMonth } from './months';
import { answerRate, change, SERIES, seriesOf, serviceCheck } from './analysis';

const parsed = (values: Partial<Record<MeasureId, number | null>>): ParsedMonth => ({
	id: 'm1',
	label: '',
	values: { ...(Object.fromEntries(MEASURES.map((m) => [m, null])) as Record<MeasureId, number | null>), ...values },
	errors: {},
});

describe('answer rate and benchmarks', () => {
	it('divides answered by received questions and checks 65 % and one hour', () => {
		const check = serviceCheck(parsed({ questions: 40, answered: 26, responseHours: 1 }));
		expect(check.answerRate).toBe(65);
		expect(check.meetsAnswerBenchmark).toBe(true);
		expect(check.withinHour).toBe(true);
		const worse = serviceCheck(parsed({ questions: 40, answered: 25, responseHours: 1.5 }));
		expect(worse.meetsAnswerBenchmark).toBe(false);
		expect(worse.withinHour).toBe(false);
	});
	it('has no rate without questions, instead of dividing by zero', () => {
		expect(answerRate(parsed({ questions: 0, answered: 0 }))).toBeNull();
		expect(serviceCheck(parsed({})).meetsAnswerBenchmark).toBeNull();
		expect(serviceCheck(parsed({})).withinHour).toBeNull();
	});
});

describe('change against the previous month', () => {
	it('gives absolute and relative change, percentage points for the rate', () => {
		expect(change(200, 250, 'count')).toEqual({ abs: 50, pct: 25 });
		expect(change(0, 5, 'count')).toEqual({ abs: 5, pct: null });
		expect(change(50, 65, 'percent')).toEqual({ abs: 15, pct: null });
		expect(change(null, 5, 'count')).toBeNull();
	});
	it('follows the table order and leaves the first month without change', () => {
		const s = seriesOf(
			[parsed({ followers: 100 }), parsed({ followers: 120 }), parsed({}), parsed({ followers: 90 })],
			'followers',
		);
		expect(s.map((p) => p.value)).toEqual([100, 120, null, 90]);
		expect(s.map((p) => p.change)).toEqual([null, { abs: 20, pct: 20 }, null, null]);
	});
	it('never yields NaN or Infinity for any series', () => {
		const value = fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: null });
		fc.assert(
			fc.property(
				fc.array(fc.record({ followers: value, questions: value, answered: value, responseHours: value }), {
					minLength: 2,
					maxLength: 12,
				}),
				(rows) => {
					const months = rows.map((r) =>
						parsed({
							...r,
							answered: r.answered !== null && r.questions !== null ? Math.min(r.answered, r.questions) : r.answered,
						}),
					);
					for (const id of SERIES) {
						for (const p of seriesOf(months, id)) {
							for (const n of [p.value, p.change?.abs, p.change?.pct])
								if (typeof n === 'number') expect(Number.isFinite(n)).toBe(true);
						}
					}
				},
			),
		);
	});
	it('a rising value never shows a falling change', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
				const c = change(a, a + b, 'count');
				expect(c?.abs).toBeGreaterThanOrEqual(0);
				if (c?.pct !== null && c?.pct !== undefined) expect(c.pct).toBeGreaterThanOrEqual(0);
			}),
		);
	});
});
