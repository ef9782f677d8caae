import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { DEFAULT_BUDGET_SETTINGS } from '../calculators/echtzeit-budget/settings';
import { DEFAULT_MONTHS } from '../calculators/kpi-monitoring/months';
import { DEFAULT_GOODWILL_SETTINGS } from '../calculators/kulanz/settings';

/** The stores of the three planning calculators: versioned, validated, kept as typed. */

// Persistent atoms read storage when their module is evaluated, so every test seeds the test
// storage first and then imports fresh copies.
async function load() {
	vi.resetModules();
	return {
		...(await import('./echtzeit-budget')),
		...(await import('./kpi-monitoring')),
		...(await import('./kulanz')),
		$storageProblems: (await import('./persisted')).$storageProblems,
	};
}

const stored = (key: string): unknown => JSON.parse(getTestStorage()[`smp:${key}`] ?? 'null');

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$echtzeitBudget', () => {
	it('keeps typed text, even a bad entry, across a reload', async () => {
		const first = await load();
		first.updateEchtzeitBudget({ hoursPerDay: 'zwei', businesses: '3' }, new Date('2026-06-01T12:00:00Z'));
		expect(stored('echtzeit-budget')).toEqual({
			v: 1,
			data: { ...DEFAULT_BUDGET_SETTINGS, hoursPerDay: 'zwei', businesses: '3' },
		});
		expect((await load()).$echtzeitBudget.get().hoursPerDay).toBe('zwei');
	});
	it('lets the wage follow the minimum wage when the year changes', async () => {
		const s = await load();
		s.setEchtzeitBudgetYear(2027);
		expect(s.$echtzeitBudget.get()).toMatchObject({ year: 2027, wage: '14,60', yearChosen: true });
		s.setEchtzeitBudgetYear('datum', new Date('2026-06-01T12:00:00Z'));
		expect(s.$echtzeitBudget.get()).toMatchObject({ year: 2026, wage: '13,90', yearChosen: false });
		s.resetEchtzeitBudget();
		expect(s.$echtzeitBudget.get()).toEqual(DEFAULT_BUDGET_SETTINGS);
	});
	it('reports a damaged value and falls back to the defaults', async () => {
		setTestStorageKey(
			'smp:echtzeit-budget',
			JSON.stringify({ v: 1, data: { ...DEFAULT_BUDGET_SETTINGS, year: 1999 } }),
		);
		const s = await load();
		expect(s.$echtzeitBudget.get()).toEqual(DEFAULT_BUDGET_SETTINGS);
		expect(s.$storageProblems.get()[0]?.message).toMatch(/^Echtzeit-Budget: eine Angabe war nicht lesbar/);
	});
	it('moves settings stored in 2026 (before yearChosen existed) to 2027 on the next edit in 2027', async () => {
		const { yearChosen: _new, ...stored2026 } = DEFAULT_BUDGET_SETTINGS;
		setTestStorageKey('smp:echtzeit-budget', JSON.stringify({ v: 1, data: stored2026 }));
		const s = await load();
		expect(s.$storageProblems.get()).toEqual([]);
		s.updateEchtzeitBudget({ hoursPerDay: '3' }, new Date('2027-02-15T10:00:00+01:00'));
		expect(stored('echtzeit-budget')).toMatchObject({ data: { year: 2027, wage: '14,60', hoursPerDay: '3' } });
	});
	it('gives a setting that older data lacks its default, without a problem', async () => {
		const { surcharge: _dropped, ...older } = DEFAULT_BUDGET_SETTINGS;
		setTestStorageKey('smp:echtzeit-budget', JSON.stringify({ v: 1, data: { ...older, hoursPerDay: '6' } }));
		const s = await load();
		expect(s.$echtzeitBudget.get()).toEqual({ ...DEFAULT_BUDGET_SETTINGS, hoursPerDay: '6' });
		expect(s.$storageProblems.get()).toEqual([]);
	});
});

describe('$kpiMonths', () => {
	it('adds, edits and removes months but keeps at least two', async () => {
		const s = await load();
		const id = s.addKpiMonth();
		expect(id).toBe('m3');
		s.setKpiLabel('m1', '2026-01');
		s.setKpiValue('m1', 'followers', '1.250');
		expect(s.$kpiMonths.get()[0]).toMatchObject({ label: '2026-01', values: { followers: '1.250' } });
		s.removeKpiMonth('m2');
		s.removeKpiMonth('m3');
		expect(s.$kpiMonths.get().map((m) => m.id)).toEqual(['m1', 'm3']);
		expect((await load()).$kpiMonths.get()[0]?.values.followers).toBe('1.250');
	});
	it('replaces the table only with a valid one', async () => {
		const s = await load();
		s.replaceKpiMonths([DEFAULT_MONTHS[0]!]);
		expect(s.$kpiMonths.get()).toEqual(DEFAULT_MONTHS);
		s.replaceKpiMonths([...DEFAULT_MONTHS, { ...DEFAULT_MONTHS[0]!, id: 'm9', label: 'März' }]);
		expect(s.$kpiMonths.get()).toHaveLength(3);
		s.resetKpiMonths();
		expect(s.$kpiMonths.get()).toEqual(DEFAULT_MONTHS);
	});
	it('reports corrupt JSON', async () => {
		setTestStorageKey('smp:kpi-monitoring', '{"v":1,"data":[');
		const s = await load();
		expect(s.$kpiMonths.get()).toEqual(DEFAULT_MONTHS);
		expect(s.$storageProblems.get()[0]?.message).toMatch(/^KPI-Monitoring: nicht lesbar/);
	});
});

describe('$kulanz', () => {
	it('fills the Otto example with facts only and keeps edits across a reload', async () => {
		const s = await load();
		s.updateKulanz({ redemption: '15', margin: '30' });
		s.applyOttoExample(20);
		expect(s.$kulanz.get()).toEqual({ ...DEFAULT_GOODWILL_SETTINGS, voucher: '20' });
		s.updateKulanz({ redemption: '12,5' });
		expect((await load()).$kulanz.get().redemption).toBe('12,5');
		s.resetKulanz();
		expect(s.$kulanz.get()).toEqual(DEFAULT_GOODWILL_SETTINGS);
	});
	it('rejects a stored value from a newer version', async () => {
		setTestStorageKey('smp:kulanz', JSON.stringify({ v: 2, data: DEFAULT_GOODWILL_SETTINGS }));
		const s = await load();
		expect(s.$storageProblems.get()[0]?.message).toMatch(/^Kulanz-Rechner: .*neueren Version/);
	});
});
