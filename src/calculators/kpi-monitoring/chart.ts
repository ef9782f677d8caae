/**
 * Geometry of the small line charts: coordinates in a fixed viewBox, computed here so that the
 * SVG only sets attributes (the CSP forbids style attributes) and the maths is tested. The value
 * axis starts at 0 (or below, for negative values) so that small changes are not blown up.
 */

export interface ChartBox {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export const CHART_BOX: ChartBox = { width: 320, height: 150, left: 12, right: 12, top: 22, bottom: 30 };

export interface ChartPoint {
	index: number;
	x: number;
	y: number;
}

export interface ChartGeometry {
	/** One `points` attribute per run of consecutive recorded months. */
	segments: string[];
	/** Every recorded month, for the dots. */
	points: ChartPoint[];
	/** x of every month (also unrecorded ones), for the month labels. */
	xs: number[];
	yMin: number;
	yMax: number;
	/** y of `yMin` and `yMax`: the baseline and the top grid line. */
	baseY: number;
	topY: number;
}

const round = (v: number): number => Math.round(v * 100) / 100;

export function lineChart(values: readonly (number | null)[], box: ChartBox = CHART_BOX): ChartGeometry {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	const yMin = Math.min(0, ...known);
	const rawMax = known.length > 0 ? Math.max(...known) : 0;
	// A flat series (or all zero) still needs a span, otherwise the scale would divide by zero.
	const yMax = rawMax > yMin ? rawMax : yMin + 1;
	const plotW = box.width - box.left - box.right;
	const plotH = box.height - box.top - box.bottom;
	const n = values.length;
	const xs = values.map((_, i) => round(n <= 1 ? box.left + plotW / 2 : box.left + (i * plotW) / (n - 1)));
	const yOf = (v: number): number => round(box.top + plotH - ((v - yMin) / (yMax - yMin)) * plotH);
	const points: ChartPoint[] = [];
	const segments: string[] = [];
	let run: string[] = [];
	values.forEach((v, i) => {
		if (v === null || !Number.isFinite(v)) {
			if (run.length > 1) segments.push(run.join(' '));
			run = [];
			return;
		}
		const p = { index: i, x: xs[i] ?? box.left, y: yOf(v) };
		points.push(p);
		run.push(`${p.x},${p.y}`);
	});
	if (run.length > 1) segments.push(run.join(' '));
	return { segments, points, xs, yMin, yMax, baseY: yOf(yMin), topY: yOf(yMax) };
}
