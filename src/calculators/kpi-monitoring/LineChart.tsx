/**
 * A small line chart as SVG. Geometry comes from chart.ts and is set through attributes only
 * (the CSP forbids style attributes); colours come from CSS classes. The chart is an image with a
 * title and description; the table next to it carries the same values for every reader.
 */
import type { JSX } from 'preact';
import { CHART_BOX, lineChart } from './chart';

interface Props {
	id: string;
	values: readonly (number | null)[];
	/** Month names under the first and the last point. */
	firstName: string;
	lastName: string;
	title: string;
	description: string;
	format: (value: number) => string;
}

export function LineChart({ id, values, firstName, lastName, title, description, format }: Props): JSX.Element {
	const g = lineChart(values);
	const b = CHART_BOX;
	const right = b.width - b.right;
	const lastX = g.xs[g.xs.length - 1] ?? right;
	return (
		<svg
			class="kpi-chart"
			viewBox={`0 0 ${b.width} ${b.height}`}
			role="img"
			aria-labelledby={`${id}-title`}
			aria-describedby={`${id}-desc`}
			focusable="false"
		>
			<title id={`${id}-title`}>{title}</title>
			<desc id={`${id}-desc`}>{description}</desc>
			<line class="kpi-grid" x1={b.left} x2={right} y1={g.baseY} y2={g.baseY} />
			<line class="kpi-grid kpi-grid-top" x1={b.left} x2={right} y1={g.topY} y2={g.topY} />
			<text class="kpi-axis" x={b.left} y={g.topY - 6}>
				{format(g.yMax)}
			</text>
			<text class="kpi-axis kpi-axis-end" x={right} y={g.baseY - 6}>
				{format(g.yMin)}
			</text>
			{g.segments.map((points) => (
				<polyline key={points} class="kpi-line" points={points} />
			))}
			{g.points.map((p) => (
				<circle key={p.index} class="kpi-dot" cx={p.x} cy={p.y} r={3.5} />
			))}
			<text class="kpi-axis" x={g.xs[0] ?? b.left} y={b.height - 8}>
				{firstName}
			</text>
			{g.xs.length > 1 && (
				<text class="kpi-axis kpi-axis-end" x={lastX} y={b.height - 8}>
					{lastName}
				</text>
			)}
		</svg>
	);
}
