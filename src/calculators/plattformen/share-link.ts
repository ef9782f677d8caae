/**
 * Links to a choice of the Plattform-Finder in the site's shared format (`#plattformen=…`,
 * src/lib/share-link.ts); the data are the choice's parameters (`land`, `alter`, `geschlecht`).
 * Links made before carried those directly in the fragment (`#land=DE&…`); they are still read
 * and marked for rewriting.
 */
import { decodeLink, encodeLink, isLink, type LinkEncodeResult } from '../../lib/share-link';
import { decodeChoice, encodeChoice, hasChoice, type FinderChoice } from './finder';

export const SHARE_KEY = 'plattformen';
const LINK_VERSION = 1;

/** The fragment (without `#`) for a choice. */
export function encodeChoiceLink(choice: FinderChoice): Promise<LinkEncodeResult> {
	return encodeLink(SHARE_KEY, LINK_VERSION, Object.fromEntries(new URLSearchParams(encodeChoice(choice))));
}

/**
 * The choice a location hash carries (unknown parts fall back to `fallback`), or `null` when it
 * carries none — e.g. a chapter's own `#anchor`.
 */
export async function readChoiceLink(
	hash: string,
	fallback: FinderChoice,
	countries: readonly string[],
): Promise<{ choice: FinderChoice; legacy: boolean } | null> {
	if (isLink(hash, SHARE_KEY)) {
		const link = await decodeLink(hash, SHARE_KEY, LINK_VERSION);
		const data = link.ok && typeof link.data === 'object' && link.data !== null ? link.data : {};
		const params = Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string');
		return { choice: decodeChoice(new URLSearchParams(params).toString(), fallback, countries), legacy: false };
	}
	return hasChoice(hash) ? { choice: decodeChoice(hash, fallback, countries), legacy: true } : null;
}
