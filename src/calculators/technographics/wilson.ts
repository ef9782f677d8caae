/** A confidence interval for a share, in percent (0–100). */
export interface Interval {
	low: number;
	high: number;
}

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * Wilson score interval for k successes in n trials (Wilson 1927). Unlike the textbook
 * p ± z·√(p(1−p)/n) it stays inside 0–100 % and is usable for small groups such as a seminar,
 * where shares of 0 % or 100 % are common. Returns `null` when the input is not a valid count.
 */
export function wilsonInterval(k: number, n: number, z: number = Z_95): Interval | null {
	if (!Number.isInteger(n) || !Number.isInteger(k) || n <= 0 || k < 0 || k > n || !(z > 0) || !Number.isFinite(z)) {
		return null;
	}
	const p = k / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const margin = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	// Rounding can push the bounds a hair past the estimate or past 0/1; clamp so that the
	// interval always contains the share and stays within 0–100 %.
	const low = Math.min(p, Math.max(0, centre - margin));
	const high = Math.max(p, Math.min(1, centre + margin));
	return { low: low * 100, high: high * 100 };
}
