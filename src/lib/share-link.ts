/**
 * The one format of every share link on the site. The data travels only in the URL fragment
 * (after `#`), which browsers never send to a server: it does not end up in the access log of
 * whoever hosts the site.
 *
 * Fragment: `<key>=<version>.<codec>.<payload>`
 * - `key` names the calculator (`persona`, `posting-zeiten`, `technographics`, `plattformen`),
 *   so a link can never be read by the wrong one, and a chapter's own `#anchor` is never taken
 *   for a link;
 * - `version` is the calculator's schema version (whole number ≥ 1): the calculator upgrades or
 *   refuses older data, and says so when a link comes from a newer version of the site;
 * - `codec` `z` is deflate-raw-compressed JSON, `j` plain JSON (short data, or browsers without
 *   CompressionStream), both as base64url without padding.
 * Decoding is bounded in size, because a link may come from anyone, and never throws; the caller
 * validates the data like stored data. Links in older formats are read by the calculators
 * themselves and rewritten to this one.
 */

/** Longer links break in mail clients and messengers; the JSON export is the way for those. */
export const MAX_LINK_PAYLOAD = 24_000;
/** Upper bound for the unpacked JSON, so that a crafted link cannot exhaust memory. */
const MAX_JSON_BYTES = 512 * 1024;

export type LinkError = 'format' | 'version' | 'corrupt' | 'tooLarge';
export type LinkDecodeResult = { ok: true; version: number; data: unknown } | { ok: false; error: LinkError };
export type LinkEncodeResult = { ok: true; fragment: string } | { ok: false; error: 'tooLarge' };

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

/** The fragment (without `#`) that carries `data` for the calculator `key`; the shorter codec wins. */
export async function encodeLink(
	key: string,
	version: number,
	data: unknown,
	maxPayload = MAX_LINK_PAYLOAD,
): Promise<LinkEncodeResult> {
	const json = new TextEncoder().encode(JSON.stringify(data));
	const plain = `${version}.j.${toBase64Url(json)}`;
	const packed = canCompress()
		? await transform(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER)
		: undefined;
	const zipped = packed ? `${version}.z.${toBase64Url(packed)}` : undefined;
	const payload = zipped && zipped.length < plain.length ? zipped : plain;
	if (payload.length > maxPayload) return { ok: false, error: 'tooLarge' };
	return { ok: true, fragment: `${key}=${payload}` };
}

/** The fragment of a location hash without `#`; one `#` is optional. */
const fragmentOf = (hash: string): string => hash.replace(/^#/, '');

/** Whether a location hash is a share link of calculator `key` at all. */
export function isLink(hash: string, key: string): boolean {
	return fragmentOf(hash).startsWith(`${key}=`);
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

/**
 * Read the data of calculator `key` from a location hash; never throws. `version` is the newest
 * version the caller reads; upgrading an older one is the caller's job.
 */
export async function decodeLink(hash: string, key: string, version: number): Promise<LinkDecodeResult> {
	const text = fragmentOf(hash);
	if (!isLink(text, key)) return { ok: false, error: 'format' };
	const payload = text.slice(key.length + 1);
	if (payload.length > MAX_LINK_PAYLOAD * 2) return { ok: false, error: 'tooLarge' };
	const match = /^([1-9]\d{0,3})\.([zj])\.([A-Za-z0-9_-]*)$/.exec(payload);
	if (!match) return { ok: false, error: 'format' };
	const linkVersion = Number(match[1]);
	if (linkVersion > version) return { ok: false, error: 'version' };
	const bytes = fromBase64Url(match[3] ?? '');
	const json = bytes && (await unpack(match[2] ?? '', bytes));
	const data = json ? parseJson(json) : undefined;
	return data === undefined ? { ok: false, error: 'corrupt' } : { ok: true, version: linkVersion, data };
}

/**
 * `href` with its fragment replaced (`''` removes it) and the named query parameters removed:
 * the address to put into the address bar (history.replaceState) after reading or writing a link.
 */
export function rewriteHref(href: string, fragment: string, dropParams: readonly string[] = []): string {
	const url = new URL(href);
	for (const name of dropParams) url.searchParams.delete(name);
	url.hash = fragment;
	return url.href;
}
