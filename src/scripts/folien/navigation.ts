/**
 * Slide numbers and the URL fragment: `#12` is slide 12, so that a reload, a bookmark or a link
 * from a calculator page („zurück zur Folie“) lands on the same slide.
 */

/** A slide number within 1 … total. */
export function clampSlide(n: number, total: number): number {
	if (!Number.isFinite(n)) return 1;
	return Math.min(Math.max(1, Math.round(n)), Math.max(1, total));
}

/** The slide a fragment names (`#12`), or 1 when it names none. */
export function slideFromHash(hash: string, total: number): number {
	const match = /^#(\d{1,4})$/.exec(hash);
	return match ? clampSlide(Number(match[1]), total) : 1;
}

/** The fragment for a slide. */
export function hashForSlide(n: number): string {
	return `#${n}`;
}

/** The number typed so far plus one digit; at most four digits (no deck has 10 000 slides). */
export function typeDigit(typed: string, digit: string): string {
	return (typed + digit).replace(/^0+/, '').slice(0, 4);
}

/** The slide a typed number jumps to, or undefined when it names none. */
export function jumpTarget(typed: string, total: number): number | undefined {
	const n = Number(typed);
	return typed !== '' && Number.isInteger(n) && n >= 1 && n <= total ? n : undefined;
}

/**
 * The deck position a calculator page returns to (`/folien/<deck>/#<n>` from `?folie=`), or
 * undefined for anything else – the parameter comes from the address bar, so it must not be able
 * to point anywhere but a slide of this site.
 */
export function slideReturnPath(value: string | null): string | undefined {
	return value && /^\/folien\/[a-z0-9-]+\/#\d{1,4}$/.test(value) ? value : undefined;
}
