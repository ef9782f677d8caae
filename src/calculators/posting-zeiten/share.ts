/**
 * Share links carry the settings (never imported data) in the URL fragment
 * (`#posting-zeiten=…`, the shared format of src/lib/share-link.ts), validated like stored
 * settings when the link is opened. Links made before carried them in the query
 * (`?einstellungen=…`), which reached the host's access log; they are still read, and the address
 * is rewritten to the fragment at once.
 */
import { decodeLink, encodeLink, fromBase64Url, isLink, type LinkEncodeResult } from '../../lib/share-link';
import { postingSettingsSchema, type PostingSettings } from './settings';

export const SHARE_KEY = 'posting-zeiten';
const SHARE_VERSION = 1;
/** The query parameter of links made before the fragment format. */
export const LEGACY_PARAM = 'einstellungen';

/** The fragment (without `#`) for a share link. */
export function encodeSettingsLink(settings: PostingSettings): Promise<LinkEncodeResult> {
	return encodeLink(SHARE_KEY, SHARE_VERSION, settings);
}

/** Settings from an old `?einstellungen=` value (base64url JSON `{ v: 1, s }`), or `undefined`. */
export function decodeLegacySettings(code: string): PostingSettings | undefined {
	const bytes = fromBase64Url(code);
	if (!bytes) return undefined;
	try {
		const parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as {
			v?: unknown;
			s?: unknown;
		} | null;
		return parsed?.v === 1 ? postingSettingsSchema(parsed.s) : undefined;
	} catch {
		return undefined;
	}
}

/** What an address carries: nothing, or settings (`undefined` when they are unusable). */
export type SharedSettings = { found: false } | { found: true; settings: PostingSettings | undefined };

/** Read shared settings from an address, in the current or the old format; never throws. */
export async function readSharedSettings(href: string): Promise<SharedSettings> {
	const url = new URL(href);
	if (isLink(url.hash, SHARE_KEY)) {
		const link = await decodeLink(url.hash, SHARE_KEY, SHARE_VERSION);
		return { found: true, settings: link.ok ? postingSettingsSchema(link.data) : undefined };
	}
	const legacy = url.searchParams.get(LEGACY_PARAM);
	return legacy === null ? { found: false } : { found: true, settings: decodeLegacySettings(legacy) };
}
