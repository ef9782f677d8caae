/**
 * Deterministic shuffling from a stored seed. The quiz keeps one seed per learner and attempt, so
 * the same seed must give the same order on every reload and in every browser, and a new seed
 * (after „Quiz zurücksetzen“) a new order. `Math.random` cannot do that; a tiny seeded generator
 * can. Pure: no DOM, no storage, no global state.
 */

/** Largest seed plus one: seeds are unsigned 32-bit integers. */
export const SEED_RANGE = 2 ** 32;

/** True for a value that can serve as a seed (an unsigned 32-bit integer). */
export function isSeed(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < SEED_RANGE;
}

/** FNV-1a hash of a string as an unsigned 32-bit integer; used to derive one seed per question. */
export function hashString(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/**
 * A generator of numbers in [0, 1) from a 32-bit seed (mulberry32: small, fast and well spread,
 * which is all a quiz needs; it is not meant for anything secret).
 */
export function createRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / SEED_RANGE;
	};
}

/** Seed for one purpose (`salt`, e.g. a question id) derived from the attempt's seed. */
export function deriveSeed(seed: number, salt: string): number {
	return (hashString(salt) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

/**
 * A permutation of `0 … n-1` (Fisher–Yates) determined by `seed` and `salt`. Entry `i` is the
 * original index shown at position `i`.
 */
export function seededPermutation(n: number, seed: number, salt: string): number[] {
	const order = Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => i);
	const random = createRandom(deriveSeed(seed, salt));
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j] as number, order[i] as number];
	}
	return order;
}

/** `items` in the order of `seededPermutation(items.length, seed, salt)`; the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: number, salt: string): T[] {
	return seededPermutation(items.length, seed, salt).map((i) => items[i] as T);
}

/** True when `order` is `0 … n-1` in ascending order. */
export function isIdentity(order: readonly number[]): boolean {
	return order.every((v, i) => v === i);
}
