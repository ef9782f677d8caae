import { describe, expect, it } from 'vitest';
import { kulanz as t } from '../../i18n/de/kulanz';
import { computeGoodwill, type GoodwillInput } from './kulanz';
import { buildGoodwillVerdict } from './verdict';

const nb = '\u00a0';
const otto: GoodwillInput = {
	recipients: 50_000,
	voucher: 10,
	redemptionPercent: null,
	orderValue: null,
	marginPercent: null,
	churnPercent: null,
	lifetimeValue: null,
};
const verdict = (i: GoodwillInput) => buildGoodwillVerdict(i, computeGoodwill(i), t.verdict);

describe('buildGoodwillVerdict', () => {
	it('states the maximum and asks for the redemption rate first', () => {
		expect(verdict(otto)).toEqual([
			`Lösen alle den Gutschein ein, kostet die Geste höchstens 500.000${nb}€ (50.000 × 10,00${nb}€).`,
			t.verdict.needRate,
		]);
	});
	it('walks from expected cost over margin to the break-even', () => {
		const s = verdict({
			...otto,
			redemptionPercent: 20,
			orderValue: 60,
			marginPercent: 10,
			churnPercent: 5,
			lifetimeValue: 80,
		});
		expect(s[1]).toBe(
			`Bei einer angenommenen Einlösequote von 20${nb}% werden rund 10.000 Gutscheine eingelöst; das kostet 100.000${nb}€.`,
		);
		expect(s[2]).toContain(`600.000${nb}€ Bestellwert`);
		expect(s[3]).toBe(`Unterm Strich kostet die Geste 40.000${nb}€.`);
		expect(s[4]).toContain('mindestens 500 Kundinnen und Kunden');
		expect(s[5]).toBe(`Das sind 20${nb}% der 2.500, die nach Ihrer Annahme sonst abwandern würden.`);
	});
	it('says when the gesture pays for itself, when values are missing and when too few could stay', () => {
		expect(verdict({ ...otto, redemptionPercent: 10, orderValue: 100, marginPercent: 40 }).at(-1)).toContain(
			'trägt sich die Geste selbst',
		);
		expect(verdict({ ...otto, redemptionPercent: 10 })).toContain(t.verdict.noMargin);
		expect(verdict({ ...otto, redemptionPercent: 10 }).at(-1)).toBe(t.verdict.needClv);
		expect(verdict({ ...otto, redemptionPercent: 50, churnPercent: 1, lifetimeValue: 10 }).at(-1)).toContain(
			'mehr, als nach Ihrer Annahme',
		);
	});
});
