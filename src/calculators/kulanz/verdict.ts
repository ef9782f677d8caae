/** The German verdict of the Kulanz-Rechner, built from dictionary templates; pure and tested. */
import { formatEuro, formatNumber, formatPercent } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import type { KulanzStrings } from '../../i18n/de/kulanz';
import type { GoodwillInput, GoodwillResult } from './kulanz';

/** Sentences in reading order; each names the assumption it rests on. */
export function buildGoodwillVerdict(i: GoodwillInput, r: GoodwillResult, t: KulanzStrings['verdict']): string[] {
	const out = [
		fillTemplate(t.maxCost, {
			maxCost: formatEuro(r.maxCost, 0),
			n: formatNumber(i.recipients, 0),
			voucher: formatEuro(i.voucher),
		}),
	];
	if (r.expectedCost === null || r.redemptions === null || r.netCost === null) {
		out.push(t.needRate);
		return out;
	}
	out.push(
		fillTemplate(t.expected, {
			rate: formatPercent(i.redemptionPercent ?? 0, 2),
			redemptions: formatNumber(r.redemptions, 0),
			expectedCost: formatEuro(r.expectedCost, 0),
		}),
	);
	if (r.extraRevenue !== null && r.extraMargin !== null) {
		out.push(
			fillTemplate(t.margin, {
				revenue: formatEuro(r.extraRevenue, 0),
				margin: formatPercent(i.marginPercent ?? 0, 2),
				extraMargin: formatEuro(r.extraMargin, 0),
			}),
		);
	} else {
		out.push(t.noMargin);
	}
	out.push(
		r.netCost > 0
			? fillTemplate(t.net, { netCost: formatEuro(r.netCost, 0) })
			: fillTemplate(t.selfFunding, { gain: formatEuro(-r.netCost, 0) }),
	);
	if (r.netCost <= 0) return out;
	if (r.breakEvenCustomers === null) {
		out.push(t.needClv);
		return out;
	}
	out.push(
		fillTemplate(t.breakEven, {
			customers: formatNumber(r.breakEvenCustomers, 0),
			clv: formatEuro(i.lifetimeValue ?? 0),
		}),
	);
	if (r.atRisk !== null && r.atRisk > 0) {
		const atRisk = formatNumber(r.atRisk, 0);
		out.push(
			r.breakEvenCustomers > r.atRisk
				? fillTemplate(t.breakEvenTooMany, { atRisk })
				: fillTemplate(t.breakEvenShare, { share: formatPercent(r.breakEvenShareOfAtRisk ?? 0, 1), atRisk }),
		);
	}
	return out;
}
