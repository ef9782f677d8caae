import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kulanz } from '../../i18n/de/kulanz';
import { computeGoodwill } from './kulanz';
import {
	DEFAULT_GOODWILL_SETTINGS,
	GOODWILL_FIELDS,
	isOttoExample,
	ottoExample,
	resolveGoodwill,
	goodwillSettingsSchema,
} from './settings';

const messages = { orderBelowVoucher: kulanz.form.orderBelowVoucher };

describe('goodwill settings', () => {
	it('start with the Otto facts and no assumptions', () => {
		const { input, errors } = resolveGoodwill(DEFAULT_GOODWILL_SETTINGS, messages);
		expect(errors).toEqual({});
		expect(input).toEqual({
			recipients: 50_000,
			voucher: 10,
			redemptionPercent: null,
			orderValue: null,
			marginPercent: null,
			churnPercent: null,
			lifetimeValue: null,
		});
		expect(isOttoExample(input)).toBe(true);
		expect(isOttoExample(resolveGoodwill(ottoExample(20), messages).input)).toBe(true);
		expect(isOttoExample(resolveGoodwill({ ...ottoExample(20), voucher: '15' }, messages).input)).toBe(false);
	});
	it('read decimal commas and report bad fields in German', () => {
		const ok = resolveGoodwill({ ...DEFAULT_GOODWILL_SETTINGS, redemption: '12,5', orderValue: '79,90' }, messages);
		expect(ok.input?.redemptionPercent).toBe(12.5);
		expect(ok.input?.orderValue).toBe(79.9);
		const bad = resolveGoodwill(
			{ ...DEFAULT_GOODWILL_SETTINGS, recipients: '', redemption: '120', margin: 'viel' },
			messages,
		);
		expect(bad.input).toBeNull();
		expect(bad.errors.recipients).toBe('Bitte eine Zahl eingeben.');
		expect(bad.errors.redemption).toBe('Der Wert darf höchstens 100 sein.');
		expect(bad.errors.margin).toBe('„viel“ ist keine Zahl. Beispiel: 12,5');
	});
	it('reject an order value below the voucher', () => {
		const r = resolveGoodwill({ ...DEFAULT_GOODWILL_SETTINGS, orderValue: '5' }, messages);
		expect(r.input).toBeNull();
		expect(r.errors.orderValue).toBe(
			'Der Bestellwert muss mindestens so hoch sein wie der Gutschein (10,00\u00a0€); sonst verfiele ein Teil davon und die Rechnung stimmte nicht.',
		);
	});
	it('accept stored settings only when complete', () => {
		expect(goodwillSettingsSchema(DEFAULT_GOODWILL_SETTINGS)).toEqual(DEFAULT_GOODWILL_SETTINGS);
		expect(goodwillSettingsSchema({ ...DEFAULT_GOODWILL_SETTINGS, voucher: 10 })).toBeUndefined();
		expect(goodwillSettingsSchema({ recipients: '1' })).toBeUndefined();
		expect(goodwillSettingsSchema(null)).toBeUndefined();
	});
	it('never produce NaN or Infinity, whatever is typed', () => {
		const text = fc.oneof(
			fc.string({ maxLength: 12 }),
			fc.integer({ min: -10, max: 1e9 }).map(String),
			fc.constantFrom('1e400', '12,5', '0'),
		);
		fc.assert(
			fc.property(fc.tuple(...GOODWILL_FIELDS.map(() => text)), (values) => {
				const s = Object.fromEntries(
					GOODWILL_FIELDS.map((f, i) => [f, values[i] ?? '']),
				) as typeof DEFAULT_GOODWILL_SETTINGS;
				const { input } = resolveGoodwill(s, messages);
				if (!input) return;
				for (const v of Object.values(computeGoodwill(input))) if (v !== null) expect(Number.isFinite(v)).toBe(true);
			}),
		);
	});
});
