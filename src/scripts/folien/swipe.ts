/**
 * Swipes on a tablet: a quick horizontal stroke of at least 50 px turns the slide, like a page –
 * to the left for the next slide. Mostly vertical or slow movements are left alone.
 */
export function swipeAction(dx: number, dy: number, ms: number): 'next' | 'prev' | undefined {
	if (ms > 800 || Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
	return dx < 0 ? 'next' : 'prev';
}
