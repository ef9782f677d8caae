/**
 * What the Kulanz-Rechner stores: the fields as typed, so that a bad entry stays visible with its
 * message after a reload. `resolveGoodwill` reads them; the two facts (recipients, voucher) are
 * required, every assumption may stay empty.
 */
import { formatEuro, parseDecimal, type ParseOptions } from '../../lib/number';
import { fillTemplate } from '../../lib/template';
import { byKey, text, type Infer } from '../../lib/schema';
import type { GoodwillInput } from './kulanz';

export const GOODWILL_FIELDS = [
	'recipients',
	'voucher',
	'redemption',
	'orderValue',
	'margin',
	'churn',
	'lifetimeValue',
] as const;
export type GoodwillField = (typeof GOODWILL_FIELDS)[number];
export type GoodwillSettings = Infer<typeof goodwillSettingsSchema>;

/** The Otto case of 2012 as the chapter reports it: about 50,000 orders (FAZ) and the material's 10 or 20 €. */
export const OTTO_ORDERS = 50_000;
export const OTTO_VOUCHERS = [10, 20] as const;

/** Fill in the facts of the Otto example and empty every assumption, which the case does not provide. */
export function ottoExample(voucher: (typeof OTTO_VOUCHERS)[number]): GoodwillSettings {
	return {
		recipients: '50.000',
		voucher: String(voucher),
		redemption: '',
		orderValue: '',
		margin: '',
		churn: '',
		lifetimeValue: '',
	};
}

export const DEFAULT_GOODWILL_SETTINGS: GoodwillSettings = ottoExample(10);

const LIMITS: Record<GoodwillField, ParseOptions> = {
	recipients: { min: 1, max: 100_000_000, integer: true },
	voucher: { min: 0.01, max: 1_000_000 },
	redemption: { min: 0, max: 100 },
	orderValue: { min: 0, max: 10_000_000 },
	margin: { min: 0, max: 100 },
	churn: { min: 0, max: 100 },
	lifetimeValue: { min: 0.01, max: 10_000_000 },
};

/** Required fields: without them there is nothing to compute. */
const REQUIRED: ReadonlySet<GoodwillField> = new Set(['recipients', 'voucher']);

export interface ResolvedGoodwill {
	input: GoodwillInput | null;
	errors: Partial<Record<GoodwillField, string>>;
}

/** Message when the order value is below the voucher value; `{voucher}` is filled in. */
export interface GoodwillMessages {
	orderBelowVoucher: string;
}

export function resolveGoodwill(s: GoodwillSettings, messages: GoodwillMessages): ResolvedGoodwill {
	const errors: Partial<Record<GoodwillField, string>> = {};
	const values: Partial<Record<GoodwillField, number | null>> = {};
	for (const field of GOODWILL_FIELDS) {
		if (!REQUIRED.has(field) && s[field].trim() === '') {
			values[field] = null;
			continue;
		}
		const r = parseDecimal(s[field], LIMITS[field]);
		if (r.ok) values[field] = r.value;
		else errors[field] = r.error;
	}
	const voucher = values.voucher ?? null;
	const orderValue = values.orderValue ?? null;
	// Below the voucher value part of the voucher would lapse, and the margin formula would not hold.
	if (voucher !== null && orderValue !== null && orderValue < voucher) {
		errors.orderValue = fillTemplate(messages.orderBelowVoucher, { voucher: formatEuro(voucher) });
	}
	if (Object.keys(errors).length > 0 || values.recipients == null || voucher === null) return { input: null, errors };
	return {
		input: {
			recipients: values.recipients,
			voucher,
			redemptionPercent: values.redemption ?? null,
			orderValue,
			marginPercent: values.margin ?? null,
			churnPercent: values.churn ?? null,
			lifetimeValue: values.lifetimeValue ?? null,
		},
		errors,
	};
}

/** The stored settings: every field as typed, at most 40 characters. */
export const goodwillSettingsSchema = byKey(GOODWILL_FIELDS, text(40));

/** Whether the fields show the Otto example (facts as given), so that the page can say so. */
export function isOttoExample(input: GoodwillInput | null): boolean {
	return (
		input !== null && input.recipients === OTTO_ORDERS && (OTTO_VOUCHERS as readonly number[]).includes(input.voucher)
	);
}
