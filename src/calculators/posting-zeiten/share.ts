/**
 * Share links carry the settings (never imported data) as base64url-encoded JSON in one query
 * parameter, validated like stored settings when the link is opened.
 */
import { validateSettings, type PostingSettings } from './settings';

export const SHARE_PARAM = 'einstellungen';
const SHARE_VERSION = 1;

function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string {
	const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The parameter value for a share link. */
export function encodeSettings(settings: PostingSettings): string {
	return toBase64Url(JSON.stringify({ v: SHARE_VERSION, s: settings }));
}

/** Settings from a share parameter, or `undefined` when it is damaged or from another version. */
export function decodeSettings(code: string): PostingSettings | undefined {
	try {
		const parsed: unknown = JSON.parse(fromBase64Url(code));
		if (typeof parsed !== 'object' || parsed === null) return undefined;
		const { v, s } = parsed as { v?: unknown; s?: unknown };
		return v === SHARE_VERSION ? validateSettings(s) : undefined;
	} catch {
		return undefined;
	}
}
