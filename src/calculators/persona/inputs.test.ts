import { describe, expect, it } from 'vitest';
import { parseMinutesInput, parseShareInput } from './inputs';

describe('parseShareInput', () => {
	it('accepts a decimal comma and clears on empty input', () => {
		expect(parseShareInput('12,5')).toEqual({ ok: true, value: 12.5 });
		expect(parseShareInput('  ')).toEqual({ ok: true, value: undefined });
		expect(parseShareInput('-0')).toEqual({ ok: true, value: 0 });
	});
	it('explains values out of range in German', () => {
		const result = parseShareInput('120');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/höchstens 100/);
		expect(parseShareInput('zwölf').ok).toBe(false);
	});
});

describe('parseMinutesInput', () => {
	it('accepts whole minutes from 0 to 240', () => {
		expect(parseMinutesInput('30')).toEqual({ ok: true, value: 30 });
		expect(parseMinutesInput('7,5').ok).toBe(false);
		expect(parseMinutesInput('241').ok).toBe(false);
		expect(parseMinutesInput('').ok).toBe(false);
	});
});
