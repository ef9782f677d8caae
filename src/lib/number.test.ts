import { describe, expect, it } from 'vitest';
import {
	formatEuro,
	formatNumber,
	formatPercent,
	numberFormat,
	formatSignedNumber,
	formatSignedPercent,
	parseDecimal,
} from './number';

describe('parseDecimal', () => {
	it.each([
		['12,5', 12.5],
		['1.500', 1500],
		['1.500,25', 1500.25],
		['12.5', 12.5],
		[' 7 ', 7],
		['-3,25', -3.25],
		['24 %', 24],
		['0,5', 0.5],
		['0.125', 0.125],
		['-0.250', -0.25],
	])('reads „%s“ as %d', (input, expected) => {
		expect(parseDecimal(input)).toEqual({ ok: true, value: expected });
	});

	it.each(['abc', '1,2,3', '12..5', ',', 'Infinity', 'NaN', '1e400'])('rejects „%s“ with a message', (input) => {
		const result = parseDecimal(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/Zahl/);
	});

	it('enforces limits and integers in German', () => {
		expect(parseDecimal('5', { min: 10 })).toEqual({ ok: false, error: 'Der Wert muss mindestens 10 sein.' });
		expect(parseDecimal('1,5', { integer: true }).ok).toBe(false);
		expect(parseDecimal('', { fallback: 3 })).toEqual({ ok: true, value: 3 });
		expect(parseDecimal('').ok).toBe(false);
	});
});

describe('German formatting', () => {
	it('uses comma, dot and the euro sign', () => {
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(formatEuro(1250)).toBe('1.250,00\u00a0€');
		expect(formatPercent(24)).toBe('24\u00a0%');
	});
});

describe('signed formats', () => {
	it('show the sign of a change, and none for zero', () => {
		expect(formatSignedNumber(1250)).toBe('+1.250');
		expect(formatSignedNumber(-3.5)).toBe('-3,5');
		expect(formatSignedNumber(0)).toBe('0');
		expect(formatSignedPercent(25)).toBe('+25\u00a0%');
	});
});

describe('numberFormat', () => {
	it('builds one formatter per option set and reuses it', () => {
		const a = numberFormat({ maximumFractionDigits: 1 });
		expect(numberFormat({ maximumFractionDigits: 1 })).toBe(a);
		expect(numberFormat({ maximumFractionDigits: 2 })).not.toBe(a);
		expect(a.format(1234.56)).toBe('1.234,6');
	});
});
