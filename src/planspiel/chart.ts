/**
 * Geometry of the small indicator charts in the debrief. Unlike the KPI charts (which scale to
 * their data), mood and legal risk have fixed scales (−100 … 100, 0 … 100): a change from 10 to
 * 20 must not look like a leap to the top. Costs and hours start at 0 and end at a round number
 * above their maximum. Coordinates only; the SVG sets them as attributes (the CSP forbids style).
 */

export interface Box {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

// Title on the first line, the scale's upper value on the second, so that long titles never collide.
export const SMALL_BOX: Box = { width: 220, height: 132, left: 8, right: 8, top: 36, bottom: 26 };

export interface SmallChart {
	points: { x: number; y: number }[];
	/** The `points` attribute of the line. */
	line: string;
	domain: [number, number];
	/** y of the upper and lower end of the scale, and of zero when it lies inside. */
	topY: number;
	baseY: number;
	zeroY: number | null;
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** The smallest 1, 2 or 5 × 10ⁿ at or above `v` (at least 1), for an open scale's upper end. */
export function niceCeil(v: number): number {
	if (!Number.isFinite(v) || v <= 1) return 1;
	const power = 10 ** Math.floor(Math.log10(v));
	const step = [1, 2, 5, 10].find((f) => f * power >= v - 1e-9) ?? 10;
	return step * power;
}

/** The domain for a series: the fixed one, or 0 … niceCeil(max) for an open scale. */
export function domainFor(values: readonly number[], fixed: readonly [number, number] | null): [number, number] {
	if (fixed) return [fixed[0], fixed[1]];
	return [0, niceCeil(Math.max(0, ...values))];
}

export function smallChart(values: readonly number[], domain: [number, number], box: Box = SMALL_BOX): SmallChart {
	const [min, max] = domain;
	const plotW = box.width - box.left - box.right;
	const plotH = box.height - box.top - box.bottom;
	const n = values.length;
	const xOf = (i: number): number => round(n <= 1 ? box.left + plotW / 2 : box.left + (i * plotW) / (n - 1));
	const yOf = (v: number): number =>
		round(box.top + plotH - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * plotH);
	const points = values.map((v, i) => ({ x: xOf(i), y: yOf(v) }));
	return {
		points,
		line: points.map((p) => `${p.x},${p.y}`).join(' '),
		domain,
		topY: yOf(max),
		baseY: yOf(min),
		zeroY: min < 0 && max > 0 ? yOf(0) : null,
	};
}
