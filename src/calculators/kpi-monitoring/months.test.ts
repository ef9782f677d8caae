import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addMonth,
	DEFAULT_MONTHS,
	emptyValues,
	isDefaultTable,
	MAX_MONTHS,
	nextMonthId,
	nextMonthLabel,
	parseMonth,
	readMonths,
	removeMonth,
	salvageMonths,
	monthsSchema,
	type MonthDraft,
} from './months';

const messages = { answeredAboveQuestions: 'höchstens {questions}' };
const month = (id: string, values: Partial<MonthDraft['values']> = {}, label = ''): MonthDraft => ({
	id,
	label,
	values: { ...emptyValues(), ...values },
});

describe('parseMonth', () => {
	it('reads thousands dots and a decimal comma; empty means not recorded', () => {
		const p = parseMonth(month('m1', { followers: '1.250', responseHours: '1,5', questions: '40' }), messages);
		expect(p.values.followers).toBe(1250);
		expect(p.values.responseHours).toBe(1.5);
		expect(p.values.interactions).toBeNull();
		expect(p.errors).toEqual({});
	});
	it('reports bad values and more answers than questions next to the field', () => {
		const p = parseMonth(
			month('m1', { followers: 'viele', mentions: '2,5', questions: '10', answered: '12' }),
			messages,
		);
		expect(p.errors.followers).toBe('„viele“ ist keine Zahl. Beispiel: 12,5');
		expect(p.errors.mentions).toContain('ganze Zahl');
		expect(p.errors.answered).toBe('höchstens 10');
		expect(p.values.answered).toBeNull();
	});
});

describe('month list', () => {
	it('continues the notation of the last label', () => {
		expect(nextMonthLabel('2026-03')).toBe('2026-04');
		expect(nextMonthLabel('2026-12')).toBe('2027-01');
		expect(nextMonthLabel('12/2026')).toBe('01/2027');
		expect(nextMonthLabel('09.2026')).toBe('10.2026');
		expect(nextMonthLabel('März 2026')).toBe('April 2026');
		expect(nextMonthLabel('dezember 2026')).toBe('Januar 2027');
		expect(nextMonthLabel('2026-13')).toBe('');
		expect(nextMonthLabel('Sommer')).toBe('');
	});
	it('adds with a fresh id and never removes below two months', () => {
		const two = [month('m1', {}, '2026-01'), month('m4', {}, '2026-02')];
		const three = addMonth(two);
		expect(three.map((m) => [m.id, m.label])).toEqual([
			['m1', '2026-01'],
			['m4', '2026-02'],
			['m5', '2026-03'],
		]);
		expect(removeMonth(three, 'm4').map((m) => m.id)).toEqual(['m1', 'm5']);
		expect(removeMonth(two, 'm1')).toHaveLength(2);
		expect(nextMonthId([])).toBe('m1');
	});
	it('stops at the maximum number of months', () => {
		let months: MonthDraft[] = [...DEFAULT_MONTHS];
		for (let i = 0; i < MAX_MONTHS + 5; i++) months = addMonth(months);
		expect(months).toHaveLength(MAX_MONTHS);
		expect(new Set(months.map((m) => m.id)).size).toBe(MAX_MONTHS);
	});
});

describe('salvageMonths', () => {
	it('keeps every readable month and empties only what cannot be read', () => {
		const stored = [
			{ ...month('m1', { followers: '10' }), values: { ...emptyValues(), followers: '10', visits: 7 } },
			'kaputt',
			month('m1', { visits: '3' }, 'März'),
		];
		expect(salvageMonths(stored)).toEqual({
			value: [month('m1', { followers: '10' }), month('m2', { visits: '3' }, 'März')],
			lost: 2,
		});
	});
	it('fills up to two months and gives up on anything but a list', () => {
		expect(salvageMonths([month('m4')])?.value.map((m) => m.id)).toEqual(['m4', 'm5']);
		expect(salvageMonths('kaputt')).toBeUndefined();
	});
});

describe('monthsSchema', () => {
	it('accepts the defaults and rejects damaged tables', () => {
		expect(monthsSchema(DEFAULT_MONTHS)).toEqual(DEFAULT_MONTHS);
		expect(monthsSchema([DEFAULT_MONTHS[0]])).toBeUndefined();
		expect(monthsSchema([DEFAULT_MONTHS[0], DEFAULT_MONTHS[0]])).toBeUndefined();
		expect(monthsSchema([month('m1'), { ...month('m2'), id: '../x' }])).toBeUndefined();
		expect(monthsSchema([month('m1'), { ...month('m2'), values: { followers: 3 } }])).toBeUndefined();
		expect(monthsSchema([month('m1'), month('m2', {}, 'x'.repeat(31))])).toBeUndefined();
		expect(monthsSchema('kaputt')).toBeUndefined();
	});
	it('never lets a parsed value become NaN or Infinity', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...Object.keys(emptyValues())), fc.string({ maxLength: 40 })),
				(values) => {
					const p = parseMonth(month('m1', values), messages);
					for (const v of Object.values(p.values)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
				},
			),
		);
	});
});

describe('readMonths', () => {
	const f = { answeredAboveQuestions: 'zu viele ({questions})', monthFallback: 'Monat {n}' };

	it('reads every month and names the unlabelled ones by their position', () => {
		const drafts = [
			{ id: 'm1', label: '2026-01', values: { ...emptyValues(), followers: '1.250' } },
			{ id: 'm2', label: ' ', values: { ...emptyValues(), questions: '4', answered: '5' } },
		];
		const { parsed, names } = readMonths(drafts, f);
		expect(names).toEqual(['2026-01', 'Monat 2']);
		expect(parsed[0]?.values.followers).toBe(1250);
		expect(parsed[1]?.errors.answered).toBe('zu viele (4)');
	});

	it('tells the untouched default table from a stored one', () => {
		expect(isDefaultTable(DEFAULT_MONTHS)).toBe(true);
		expect(isDefaultTable([...DEFAULT_MONTHS])).toBe(true);
		expect(isDefaultTable(DEFAULT_MONTHS.map((m) => ({ ...m })))).toBe(false);
		expect(isDefaultTable(DEFAULT_MONTHS.slice(0, 1))).toBe(false);
	});
});
