/**
 * A horizontal bar for a share of 0–100 %, drawn in SVG so that its width needs no inline style
 * (the Content-Security-Policy forbids those). It is decoration: the number always sits next to
 * it in text, so the SVG is hidden from assistive technology.
 */
import './bar.css';

interface Props {
	/** Share in percent; `null` draws only the empty track. */
	value: number | null;
	/** Colour slot 1–3 for comparisons. */
	series?: 1 | 2 | 3;
	/** Optional 95 % interval drawn as a whisker. */
	interval?: { low: number; high: number } | null;
	/** Scale maximum, e.g. 200 for indices; values above are cut off. */
	max?: number;
}

const clamp = (v: number, max: number): number => Math.max(0, Math.min(max, v));

export function Bar({ value, series = 1, interval = null, max = 100 }: Props) {
	const width = value === null ? 0 : clamp(value, max);
	return (
		<svg class="bar" viewBox={`0 0 ${max} 12`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
			<rect class="bar-track" x="0" y="0" width={max} height="12" />
			{width > 0 && <rect class={`bar-fill bar-s${series}`} x="0" y="2" width={width} height="8" />}
			{interval && (
				<g class="bar-interval">
					{ciLines(clamp(interval.low, max), clamp(interval.high, max)).map((l) => (
						<line {...l} vector-effect="non-scaling-stroke" />
					))}
				</g>
			)}
		</svg>
	);
}

/** The interval as an SVG whisker: the span at mid height and a short tick at each end. */
function ciLines(low: number, high: number): { x1: number; x2: number; y1: number; y2: number }[] {
	return [
		{ x1: low, x2: high, y1: 6, y2: 6 },
		{ x1: low, x2: low, y1: 1, y2: 11 },
		{ x1: high, x2: high, y1: 1, y2: 11 },
	];
}
