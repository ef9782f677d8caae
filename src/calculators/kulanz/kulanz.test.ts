import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeGoodwill, type GoodwillInput } from './kulanz';

const otto: GoodwillInput = {
	recipients: 50_000,
	voucher: 10,
	redemptionPercent: null,
	orderValue: null,
	marginPercent: null,
	churnPercent: null,
	lifetimeValue: null,
};

const pct = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
const input = fc
	.record({
		recipients: fc.integer({ min: 1, max: 100_000_000 }),
		voucher: fc.double({ min: 0.01, max: 1_000_000, noNaN: true }),
		redemptionPercent: pct,
		extraOrder: fc.option(fc.double({ min: 0, max: 9_000_000, noNaN: true }), { nil: null }),
		marginPercent: pct,
		churnPercent: pct,
		lifetimeValue: fc.option(fc.double({ min: 0.01, max: 10_000_000, noNaN: true }), { nil: null }),
	})
	.map(({ extraOrder, ...rest }): GoodwillInput => ({
		...rest,
		orderValue: extraOrder === null ? null : rest.voucher + extraOrder,
	}));

describe('computeGoodwill', () => {
	it('gives the chapter’s face values for Otto: 500.000 € for 10 €, 1 Mio. € for 20 €', () => {
		expect(computeGoodwill(otto).maxCost).toBe(500_000);
		expect(computeGoodwill({ ...otto, voucher: 20 }).maxCost).toBe(1_000_000);
	});
	it('leaves everything that needs an assumption empty until it is set', () => {
		const r = computeGoodwill(otto);
		expect([r.redemptions, r.expectedCost, r.extraRevenue, r.extraMargin, r.netCost, r.breakEvenCustomers]).toEqual([
			null,
			null,
			null,
			null,
			null,
			null,
		]);
	});
	it('nets the margin of the voucher orders against the redeemed vouchers', () => {
		const r = computeGoodwill({
			...otto,
			redemptionPercent: 20,
			orderValue: 60,
			marginPercent: 10,
			churnPercent: 5,
			lifetimeValue: 80,
		});
		expect(r.redemptions).toBe(10_000);
		expect(r.expectedCost).toBe(100_000);
		expect(r.extraRevenue).toBe(600_000);
		expect(r.extraMargin).toBe(60_000);
		expect(r.netCost).toBe(40_000);
		expect(r.breakEvenCustomers).toBe(500);
		expect(r.atRisk).toBe(2500);
		expect(r.breakEvenShareOfAtRisk).toBe(20);
	});
	it('counts no margin without order value or margin, and needs no customers when the gesture pays for itself', () => {
		expect(computeGoodwill({ ...otto, redemptionPercent: 10, marginPercent: 40 }).netCost).toBe(50_000);
		expect(
			computeGoodwill({ ...otto, redemptionPercent: 10, orderValue: 100, marginPercent: 40, lifetimeValue: 50 })
				.breakEvenCustomers,
		).toBe(0);
	});
	it('rounds the break-even up to whole customers', () => {
		expect(computeGoodwill({ ...otto, redemptionPercent: 10, lifetimeValue: 30 }).breakEvenCustomers).toBe(1667);
	});

	it('always yields finite numbers', () => {
		fc.assert(
			fc.property(input, (i) => {
				for (const v of Object.values(computeGoodwill(i))) if (v !== null) expect(Number.isFinite(v)).toBe(true);
			}),
		);
	});
	it('never expects more cost than the maximum, and cost grows with redemption and value', () => {
		fc.assert(
			fc.property(input, fc.double({ min: 0, max: 100, noNaN: true }), (i, more) => {
				const r = computeGoodwill(i);
				if (r.expectedCost !== null) expect(r.expectedCost).toBeLessThanOrEqual(r.maxCost * (1 + 1e-12));
				if (i.redemptionPercent !== null) {
					const higher = Math.min(100, i.redemptionPercent + more);
					expect(computeGoodwill({ ...i, redemptionPercent: higher }).expectedCost ?? 0).toBeGreaterThanOrEqual(
						r.expectedCost ?? 0,
					);
				}
				expect(computeGoodwill({ ...i, voucher: i.voucher + more }).maxCost).toBeGreaterThanOrEqual(r.maxCost);
			}),
		);
	});
	it('more margin or a higher customer value never makes the gesture dearer', () => {
		fc.assert(
			fc.property(input, fc.double({ min: 0, max: 100, noNaN: true }), (i, more) => {
				const r = computeGoodwill(i);
				if (r.netCost === null) return;
				const m = Math.min(100, (i.marginPercent ?? 0) + more);
				expect(computeGoodwill({ ...i, marginPercent: m }).netCost ?? 0).toBeLessThanOrEqual(
					i.marginPercent === null ? (r.netCost ?? 0) : (r.netCost ?? 0) + 1e-6 * Math.abs(r.netCost ?? 1),
				);
				if (i.lifetimeValue !== null && r.breakEvenCustomers !== null) {
					expect(
						computeGoodwill({ ...i, lifetimeValue: i.lifetimeValue + more }).breakEvenCustomers ?? 0,
					).toBeLessThanOrEqual(r.breakEvenCustomers);
				}
			}),
		);
	});
});
