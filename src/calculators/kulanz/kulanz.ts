/**
 * Costs of a goodwill voucher after a crisis (chapter 7). Only two inputs can be facts – how many
 * receive the voucher and its value; redemption rate, order value, margin, churn and customer
 * value are the user's assumptions, so every result that needs one is `null` until it is set.
 *
 * Per redemption the customer orders goods worth O and pays O − V; the retailer's gross profit is
 * (O − V) − O × (1 − m) = O × m − V. Summed over N × r redemptions this gives the net cost
 * N × r × (V − O × m), assuming the orders would not have happened without the voucher.
 */

export interface GoodwillInput {
	/** Customers or orders that receive a voucher (N). */
	recipients: number;
	/** Voucher value in euros (V). */
	voucher: number;
	/** Expected redemption rate in per cent (r); an assumption. */
	redemptionPercent: number | null;
	/** Average order value when redeemed, before the voucher (O); at least V. */
	orderValue: number | null;
	/** Gross margin in per cent of the order value (m). */
	marginPercent: number | null;
	/** Share of recipients who would otherwise leave, in per cent. */
	churnPercent: number | null;
	/** Customer lifetime value in euros (contribution of a customer who stays). */
	lifetimeValue: number | null;
}

export interface GoodwillResult {
	/** All vouchers redeemed: N × V. */
	maxCost: number;
	/** N × r. */
	redemptions: number | null;
	/** N × r × V. */
	expectedCost: number | null;
	/** Order value of the redeemed orders: N × r × O. */
	extraRevenue: number | null;
	/** Gross profit on those orders: N × r × O × m. */
	extraMargin: number | null;
	/** Expected cost minus extra margin (without the margin when O or m is missing). */
	netCost: number | null;
	/** Retained customers whose lifetime value pays for the net cost; 0 when it pays for itself. */
	breakEvenCustomers: number | null;
	/** N × churn share: customers who would otherwise leave. */
	atRisk: number | null;
	/** Break-even customers as a share of those at risk, in per cent. */
	breakEvenShareOfAtRisk: number | null;
}

export function computeGoodwill(i: GoodwillInput): GoodwillResult {
	const maxCost = i.recipients * i.voucher;
	const rate = i.redemptionPercent === null ? null : i.redemptionPercent / 100;
	const redemptions = rate === null ? null : i.recipients * rate;
	const expectedCost = redemptions === null ? null : redemptions * i.voucher;
	const extraRevenue = redemptions === null || i.orderValue === null ? null : redemptions * i.orderValue;
	const extraMargin = extraRevenue === null || i.marginPercent === null ? null : (extraRevenue * i.marginPercent) / 100;
	const netCost = expectedCost === null ? null : expectedCost - (extraMargin ?? 0);
	const breakEvenCustomers =
		netCost === null || i.lifetimeValue === null || i.lifetimeValue <= 0
			? null
			: netCost <= 0
				? 0
				: Math.ceil(netCost / i.lifetimeValue - 1e-9);
	const atRisk = i.churnPercent === null ? null : (i.recipients * i.churnPercent) / 100;
	const share =
		breakEvenCustomers === null || atRisk === null || atRisk <= 0 ? null : (breakEvenCustomers / atRisk) * 100;
	// A vanishingly small churn share (e.g. „0,000…1“) would overflow; then there is no meaningful share.
	const breakEvenShareOfAtRisk = share !== null && Number.isFinite(share) ? share : null;
	return {
		maxCost,
		redemptions,
		expectedCost,
		extraRevenue,
		extraMargin,
		netCost,
		breakEvenCustomers,
		atRisk,
		breakEvenShareOfAtRisk,
	};
}
