/**
 * The four indicators of a Planspiel and their arithmetic. Costs use the Kulanz-Rechner's model
 * (computeGoodwill): a voucher costs N × r × V net of the margin on follow-up orders, and an
 * order delivered at a wrong price is a voucher of the discount that every order redeems, so it
 * costs N × (V − O × m). Team workload turns crisis messages into hours per day and reads them
 * with the Echtzeit-Budget's staffing model of chapter 3 (computeBudget). Mood and legal risk are
 * points the scenario's author assigns per decision, with a reason; they are clamped to their
 * scales. Pure: no DOM, no stores.
 */
import { computeGoodwill, type GoodwillInput } from '../calculators/kulanz/kulanz';
import {
	computeBudget,
	MATERIAL_MIN_HOURS_PER_DAY,
	MINDESTLOHN,
	type Year,
} from '../calculators/echtzeit-budget/budget';
import type { CostItem, Effects, PlanspielData } from '../schemas/planspiel';

export const SENTIMENT_RANGE = [-100, 100] as const;
export const LEGAL_RANGE = [0, 100] as const;

/** One cost caused by a decision, with the inputs it was computed from. */
export interface CostLine {
	kind: CostItem['kind'];
	label: string;
	input: GoodwillInput;
	/** Everything redeemed or delivered: N × V. */
	maxCost: number;
	/** The Kulanz-Rechner's net cost (expected cost minus margin on the orders, where given). */
	netCost: number;
}

export interface Indicators {
	sentiment: number;
	legalRisk: number;
	/** Crisis messages per day the team must answer. */
	messages: number;
	/** Figures replaced by others from a decision on (`set`), e.g. fewer orders after an early stop. */
	overrides: Record<string, string>;
	costs: CostLine[];
}

type Figures = PlanspielData['figures'];

const clamp = (v: number, [min, max]: readonly [number, number]): number => Math.min(max, Math.max(min, v));

/** Indicators before the first decision. */
export function startIndicators(initial: PlanspielData['initial']): Indicators {
	return {
		sentiment: clamp(initial.sentiment, SENTIMENT_RANGE),
		legalRisk: clamp(initial.legalRisk, LEGAL_RANGE),
		messages: Math.max(0, initial.messages),
		overrides: {},
		costs: [],
	};
}

/** The value of a figure, after the decisions' replacements. Unknown names count as 0 (the schema rules them out). */
export function figureValue(figures: Figures, overrides: Record<string, string>, name: string): number {
	return figures[overrides[name] ?? name]?.value ?? 0;
}

/** Cost of one item with the Kulanz-Rechner's model. */
export function costLine(item: CostItem, value: (name: string) => number): CostLine {
	const share = item.share === undefined ? 100 : value(item.share);
	if (item.kind === 'gutschein') {
		const input: GoodwillInput = {
			recipients: Math.round((value(item.recipients) * share) / 100),
			voucher: typeof item.voucher === 'number' ? item.voucher : value(item.voucher),
			redemptionPercent: value(item.redemption),
			orderValue: item.orderValue === undefined ? null : value(item.orderValue),
			marginPercent: item.margin === undefined ? null : value(item.margin),
			churnPercent: null,
			lifetimeValue: null,
		};
		const r = computeGoodwill(input);
		return { kind: item.kind, label: item.label, input, maxCost: r.maxCost, netCost: r.netCost ?? r.maxCost };
	}
	const input: GoodwillInput = {
		recipients: Math.round((value(item.orders) * share) / 100),
		voucher: value(item.discount),
		redemptionPercent: 100,
		orderValue: value(item.goodsValue),
		marginPercent: value(item.margin),
		churnPercent: null,
		lifetimeValue: null,
	};
	const r = computeGoodwill(input);
	return { kind: item.kind, label: item.label, input, maxCost: r.maxCost, netCost: r.netCost ?? r.maxCost };
}

/** Indicators after a decision. Costs are computed with the figures as they stand at that moment. */
export function applyEffects(state: Indicators, effects: Effects, figures: Figures): Indicators {
	const overrides = { ...state.overrides, ...effects.set };
	const value = (name: string) => figureValue(figures, overrides, name);
	return {
		sentiment: clamp(state.sentiment + effects.sentiment, SENTIMENT_RANGE),
		legalRisk: clamp(state.legalRisk + effects.legalRisk, LEGAL_RANGE),
		messages: Math.max(0, state.messages + effects.messages),
		overrides,
		costs: [...state.costs, ...effects.costs.map((c) => costLine(c, value))],
	};
}

/** Sum of all costs so far. */
export function costTotals(costs: readonly CostLine[]): { net: number; max: number } {
	return costs.reduce((t, c) => ({ net: t.net + c.netCost, max: t.max + c.maxCost }), { net: 0, max: 0 });
}

export interface Workload {
	/** Messages × minutes per message ÷ 60. */
	hoursPerDay: number;
	/** The 2012 book chapter's minimum for a real-time presence (chapter 3). */
	baseHours: number;
	minutesPerMessage: number;
	year: Year;
	/** Statutory minimum wage of `year`. */
	wage: number;
	/** Hours per day one Minijob covers at that wage, seven days a week. */
	minijobHoursPerDay: number;
	/** Minijob positions the load would fill: hours ÷ Minijob hours, rounded up. */
	minijobStaff: number;
	/** If the load lasted a month: hours and pay at the minimum wage. */
	hoursPerMonth: number;
	payPerMonth: number;
}

/** Team workload for a number of crisis messages per day, read with chapter 3's staffing model. */
export function computeWorkload(messages: number, staffing: PlanspielData['staffing'], figures: Figures): Workload {
	const minutesPerMessage = figures[staffing.minutesPerMessage]?.value ?? 0;
	const hoursPerDay = (messages * minutesPerMessage) / 60;
	const wage = MINDESTLOHN[staffing.year];
	const budget = computeBudget({
		hoursPerDay,
		daysPerWeek: 7,
		employment: 'minijob',
		wage,
		year: staffing.year,
		businesses: 1,
		commission: 0,
		surchargePercent: null,
	});
	return {
		hoursPerDay,
		baseHours: MATERIAL_MIN_HOURS_PER_DAY,
		minutesPerMessage,
		year: staffing.year,
		wage,
		minijobHoursPerDay: budget.maxMinijobHoursPerDay,
		// A hair above a whole number of positions must not add one through binary fractions.
		minijobStaff: hoursPerDay <= 0 ? 0 : Math.ceil(hoursPerDay / budget.maxMinijobHoursPerDay - 1e-9),
		hoursPerMonth: budget.hoursPerMonth,
		payPerMonth: budget.pay,
	};
}

/** The four indicators as shown: costs summed, workload read with the staffing model. */
export interface Summary {
	netCost: number;
	maxCost: number;
	sentiment: number;
	legalRisk: number;
	workload: Workload;
}

export function summarize(s: Pick<PlanspielData, 'staffing' | 'figures'>, i: Indicators): Summary {
	const totals = costTotals(i.costs);
	return {
		netCost: totals.net,
		maxCost: totals.max,
		sentiment: i.sentiment,
		legalRisk: i.legalRisk,
		workload: computeWorkload(i.messages, s.staffing, s.figures),
	};
}
