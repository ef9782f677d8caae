/**
 * Share links carry the whole persona in the URL fragment (`#persona=…`, the shared format of
 * src/lib/share-link.ts). The result passes the same validation as stored personas, after the
 * upgrade from the link's version.
 */
import { decodeLink, encodeLink, isLink, type LinkEncodeResult, type LinkError } from '../../lib/share-link';
import { runMigrations } from './migrate';
import { personaSchema, PERSONA_VERSION, type Persona } from './schema';

export const SHARE_KEY = 'persona';

export type ShareError = LinkError | 'invalid';
export type ShareDecodeResult = { ok: true; persona: Persona } | { ok: false; error: ShareError };

/** The fragment (without `#`) that opens this persona as a preview. */
export function encodeShareFragment(persona: Persona): Promise<LinkEncodeResult> {
	return encodeLink(SHARE_KEY, PERSONA_VERSION, persona);
}

/** Whether a location hash is a persona share link at all. */
export function isShareHash(hash: string): boolean {
	return isLink(hash, SHARE_KEY);
}

/** Read a persona from a location hash; never throws. */
export async function decodeShareHash(hash: string): Promise<ShareDecodeResult> {
	const link = await decodeLink(hash, SHARE_KEY, PERSONA_VERSION);
	if (!link.ok) return link;
	const persona = personaSchema(runMigrations(link.data, link.version));
	return persona ? { ok: true, persona } : { ok: false, error: 'invalid' };
}
