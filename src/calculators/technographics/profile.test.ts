import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProfile, indexProfile, indexValue, profileValues } from './profile';
import { RUNGS } from './rungs';
import type { RungCounts } from './classify';

const counts: RungCounts = {
	creators: 5,
	conversationalists: null,
	critics: 8,
	collectors: 0,
	joiners: 12,
	spectators: 20,
	inactives: 2,
};

describe('buildProfile', () => {
	it('computes shares with intervals and keeps unsurveyed rungs empty', () => {
		const profile = buildProfile(25, counts);
		expect(profile?.creators).toMatchObject({ count: 5, share: 20 });
		expect(profile?.creators?.low).toBeCloseTo(8.86, 2);
		expect(profile?.creators?.high).toBeCloseTo(39.13, 2);
		expect(profile?.conversationalists).toBeNull();
		expect(profile?.collectors).toMatchObject({ count: 0, share: 0, low: 0 });
	});
	it('returns null for an empty or broken sample size', () => {
		expect(buildProfile(0, counts)).toBeNull();
		expect(buildProfile(2.5, counts)).toBeNull();
		expect(buildProfile(Number.NaN, counts)).toBeNull();
	});
	it('drops counts larger than n instead of showing more than 100 %', () => {
		expect(buildProfile(10, { ...counts, spectators: 11 })?.spectators).toBeNull();
	});
});

describe('index', () => {
	it('divides by the reference and multiplies by 100', () => {
		expect(indexValue(24, 12)).toBe(200);
		expect(indexValue(11, 24)).toBeCloseTo(45.83, 2);
	});
	it.each([
		[null, 10],
		[10, null],
		[10, 0],
		[Number.NaN, 10],
	])('gives no index for %s against %s', (value, reference) => {
		expect(indexValue(value, reference)).toBeNull();
	});
	it('indexes rung by rung', () => {
		const reference = {
			creators: 24,
			conversationalists: 33,
			critics: 37,
			collectors: 20,
			joiners: 59,
			spectators: 70,
			inactives: 17,
		};
		const values = {
			creators: 12,
			conversationalists: null,
			critics: 37,
			collectors: 0,
			joiners: 59,
			spectators: 35,
			inactives: 34,
		};
		expect(indexProfile(values, reference)).toEqual({
			creators: 50,
			conversationalists: null,
			critics: 100,
			collectors: 0,
			joiners: 100,
			spectators: 50,
			inactives: 200,
		});
	});
});

describe('profile properties', () => {
	const countsArb = fc
		.integer({ min: 1, max: 1_000_000 })
		.chain((n) =>
			fc.tuple(fc.constant(n), fc.tuple(...RUNGS.map(() => fc.option(fc.integer({ min: 0, max: n }), { nil: null })))),
		);
	it('keeps shares within 0–100 with intervals around them and finite indices', () => {
		fc.assert(
			fc.property(countsArb, ([n, values]) => {
				const c = Object.fromEntries(RUNGS.map((r, i) => [r, values[i] ?? null])) as RungCounts;
				const profile = buildProfile(n, c);
				expect(profile).not.toBeNull();
				if (!profile) return;
				for (const rung of RUNGS) {
					const r = profile[rung];
					if (r === null) continue;
					expect(r.share).toBeGreaterThanOrEqual(0);
					expect(r.share).toBeLessThanOrEqual(100);
					expect(r.low).toBeLessThanOrEqual(r.share);
					expect(r.high).toBeGreaterThanOrEqual(r.share);
				}
				const index = indexProfile(profileValues(profile), profileValues(profile));
				for (const value of Object.values(index)) if (value !== null) expect(Number.isFinite(value)).toBe(true);
			}),
		);
	});
	it('never produces NaN or Infinity as an index', () => {
		fc.assert(
			fc.property(fc.option(fc.double(), { nil: null }), fc.option(fc.double(), { nil: null }), (v, r) => {
				const index = indexValue(v, r);
				if (index !== null) expect(Number.isFinite(index)).toBe(true);
			}),
		);
	});
});
