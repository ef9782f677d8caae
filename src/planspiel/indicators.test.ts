import { describe, expect, it } from 'vitest';
import { planspielSchema } from '../schemas/planspiel';
import { applyEffects, computeWorkload, costLine, costTotals, figureValue, startIndicators } from './indicators';
import { testScenario } from './test-scenario';

/** Indicator arithmetic: clamped scales, costs from the Kulanz model, workload from chapter 3's model. */

const s = planspielSchema.parse(testScenario());
const choice = (round: number, index: number) => s.rounds[round]!.choices[index]!;

describe('mood and legal risk', () => {
	it('add the decision points and stay on their scales', () => {
		const start = startIndicators(s.initial);
		expect(start).toEqual({ sentiment: 0, legalRisk: 10, messages: 0, overrides: {}, costs: [] });
		const after = applyEffects(start, { ...choice(0, 0).effects, sentiment: -150 }, s.figures);
		expect(after.sentiment).toBe(-100);
		expect(applyEffects(after, choice(1, 2).effects, s.figures).legalRisk).toBe(0);
	});
	it('never let messages fall below zero', () => {
		expect(applyEffects(startIndicators(s.initial), choice(1, 1).effects, s.figures).messages).toBe(0);
	});
});

describe('costs with the Kulanz-Rechner model', () => {
	it('cost a voucher at N × r × V when no margin is given, with N after a replacement', () => {
		const early = applyEffects(startIndicators(s.initial), choice(0, 0).effects, s.figures);
		expect(figureValue(s.figures, early.overrides, 'bestellungen')).toBe(500);
		const after = applyEffects(early, choice(1, 0).effects, s.figures);
		expect(after.costs).toEqual([
			expect.objectContaining({
				kind: 'gutschein',
				maxCost: 5000,
				netCost: 1000,
				input: expect.objectContaining({ recipients: 500, voucher: 10 }),
			}),
		]);
	});
	it('cost delivered orders at N × (V − O × m)', () => {
		const after = applyEffects(startIndicators(s.initial), choice(0, 2).effects, s.figures);
		expect(costTotals(after.costs)).toEqual({ net: 55_000, max: 100_000 });
	});
	it('apply a share to the recipients and round to whole people', () => {
		const line = costLine(
			{
				kind: 'gutschein',
				label: 'Nur Stammkundschaft',
				recipients: 'bestellungen',
				share: 'quote',
				voucher: 'nachlass',
				redemption: 'quote',
				orderValue: 'warenwert',
				margin: 'marge',
			},
			(name) => figureValue(s.figures, {}, name),
		);
		// 20 % of 1,000 = 200 recipients; 40 redemptions of a 100 € voucher on 150 € orders at 30 % margin.
		expect(line).toMatchObject({ maxCost: 20_000, netCost: 40 * (100 - 45) });
	});
});

describe('workload with the staffing model of chapter 3', () => {
	it('turns messages into hours and Minijob positions at the minimum wage of the year', () => {
		const w = computeWorkload(100, s.staffing, s.figures);
		expect(w.hoursPerDay).toBe(5);
		expect(w.baseHours).toBe(2);
		expect(w.wage).toBe(13.9);
		// 603 € ÷ 13,90 € = 43,38 h a month; spread over 7 days of 13/3 weeks: 1,43 h a day.
		expect(w.minijobHoursPerDay).toBeCloseTo(1.43015, 4);
		expect(w.minijobStaff).toBe(4);
		expect(w.hoursPerMonth).toBeCloseTo(151.667, 3);
		expect(w.payPerMonth).toBe(2108.17);
	});
	it('needs no staff without messages', () => {
		expect(computeWorkload(0, s.staffing, s.figures)).toMatchObject({
			hoursPerDay: 0,
			minijobStaff: 0,
			payPerMonth: 0,
		});
	});
});
