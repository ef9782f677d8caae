/**
 * Share links carry the whole persona in the URL fragment (`#persona=…`). Browsers never send the
 * fragment to a server, so a shared persona stays between the two people who exchange the link.
 *
 * Format: `persona=<version>.<codec>.<base64url>`; codec `z` is deflate-raw compressed JSON,
 * `j` plain JSON for browsers without CompressionStream. Decoding is bounded in size, because the
 * link may come from anyone, and the result passes the same validation as stored personas.
 */
import { runMigrations } from './migrate';
import { parsePersona, PERSONA_VERSION, type Persona } from './schema';

export const SHARE_KEY = 'persona';
/** Longer links break in mail clients and messengers; the JSON export is the way for those. */
export const MAX_LINK_PAYLOAD = 24_000;
/** Upper bound for the unpacked JSON, so that a crafted link cannot exhaust memory. */
const MAX_JSON_BYTES = 512 * 1024;

export type ShareError = 'format' | 'version' | 'corrupt' | 'invalid' | 'tooLarge';
export type ShareDecodeResult = { ok: true; persona: Persona } | { ok: false; error: ShareError };
export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; error: 'tooLarge' };

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url → bytes, or `undefined` for anything that is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return undefined;
	}
}

/** Run bytes through a (de)compression stream, giving up beyond `limit` bytes. */
async function transform(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit: number,
): Promise<Uint8Array | undefined> {
	const reader = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		out.set(chunk, offset);
		offset += chunk.length;
	}
	return out;
}

const canCompress = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment (without `#`) that opens this persona as a preview. */
export async function encodeShareFragment(persona: Persona): Promise<ShareEncodeResult> {
	const json = new TextEncoder().encode(JSON.stringify(persona));
	const packed = canCompress()
		? await transform(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER)
		: undefined;
	const payload = packed ? `${PERSONA_VERSION}.z.${toBase64Url(packed)}` : `${PERSONA_VERSION}.j.${toBase64Url(json)}`;
	if (payload.length > MAX_LINK_PAYLOAD) return { ok: false, error: 'tooLarge' };
	return { ok: true, fragment: `${SHARE_KEY}=${payload}` };
}

/** Whether a location hash is a persona share link at all. */
export function isShareHash(hash: string): boolean {
	return hash.replace(/^#/, '').startsWith(`${SHARE_KEY}=`);
}

async function unpack(codec: string, bytes: Uint8Array): Promise<Uint8Array | undefined> {
	if (codec === 'j') return bytes.length <= MAX_JSON_BYTES ? bytes : undefined;
	if (!canCompress()) return undefined;
	try {
		return await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
	} catch {
		return undefined;
	}
}

function parseJson(bytes: Uint8Array): unknown {
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		return undefined;
	}
}

/** Read a persona from a location hash; never throws. */
export async function decodeShareHash(hash: string): Promise<ShareDecodeResult> {
	const text = hash.replace(/^#/, '');
	if (!isShareHash(text)) return { ok: false, error: 'format' };
	const payload = text.slice(SHARE_KEY.length + 1);
	if (payload.length > MAX_LINK_PAYLOAD * 2) return { ok: false, error: 'tooLarge' };
	const match = /^(\d{1,4})\.([zj])\.([A-Za-z0-9_-]*)$/.exec(payload);
	if (!match) return { ok: false, error: 'format' };
	const version = Number(match[1]);
	if (version > PERSONA_VERSION || version < 1) return { ok: false, error: 'version' };
	const bytes = fromBase64Url(match[3] ?? '');
	const json = bytes && (await unpack(match[2] ?? '', bytes));
	const data = json && parseJson(json);
	if (data === undefined) return { ok: false, error: 'corrupt' };
	const persona = parsePersona(runMigrations(data, version));
	return persona ? { ok: true, persona } : { ok: false, error: 'invalid' };
}
