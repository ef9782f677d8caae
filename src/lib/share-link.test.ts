import { describe, expect, it } from 'vitest';
import {
	decodeLink,
	encodeLink,
	fromBase64Url,
	isLink,
	MAX_LINK_PAYLOAD,
	rewriteHref,
	toBase64Url,
} from './share-link';

const b64 = (text: string) => toBase64Url(new TextEncoder().encode(text));

describe('base64url', () => {
	it('round-trips bytes without padding or unsafe characters', () => {
		const bytes = Uint8Array.from([0, 251, 255, 62, 63, 1]);
		const text = toBase64Url(bytes);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(fromBase64Url(text)).toEqual(bytes);
	});
	it('rejects other alphabets and impossible lengths', () => {
		expect(fromBase64Url('ab+c')).toBeUndefined();
		expect(fromBase64Url('abcde')).toBeUndefined();
	});
});

describe('encodeLink / decodeLink', () => {
	it('keeps short data as plain JSON and compresses long data', async () => {
		const small = await encodeLink('plattformen', 1, { land: 'DE' });
		expect(small).toEqual({ ok: true, fragment: `plattformen=1.j.${b64('{"land":"DE"}')}` });
		const long = await encodeLink('persona', 3, { text: 'Wiederholung '.repeat(200) });
		expect(long.ok && long.fragment).toMatch(/^persona=3\.z\.[A-Za-z0-9_-]+$/);
		if (long.ok)
			expect(await decodeLink(`#${long.fragment}`, 'persona', 3)).toEqual({
				ok: true,
				version: 3,
				data: { text: 'Wiederholung '.repeat(200) },
			});
	});
	it('hands an older version on to the caller, which upgrades it', async () => {
		expect(await decodeLink(`posting-zeiten=1.j.${b64('[1]')}`, 'posting-zeiten', 2)).toEqual({
			ok: true,
			version: 1,
			data: [1],
		});
	});
	it.each([
		['', 'format'],
		['#kapitel-2', 'format'],
		['#persona=', 'format'],
		['#persona=1.x.abc', 'format'],
		['#persona=0.j.e30', 'format'],
		['#persona=-1.j.e30', 'format'],
		['#persona=1.5.j.e30', 'format'],
		['#persona=2.j.e30', 'version'],
		['#persona=1.z.AAAA', 'corrupt'],
		[`#persona=1.j.${b64('nicht json')}`, 'corrupt'],
	])('refuses %s with %s', async (hash, error) => {
		expect(await decodeLink(hash, 'persona', 1)).toEqual({ ok: false, error });
	});
	it('never takes another calculator’s link or a chapter anchor for its own', () => {
		expect(isLink('#persona=1.j.e30', 'persona')).toBe(true);
		expect(isLink('#persona=1.j.e30', 'plattformen')).toBe(false);
		expect(isLink('#ziele-und-herausforderungen', 'plattformen')).toBe(false);
	});
	it('refuses payloads that are too long, before decoding and when encoding', async () => {
		expect(await decodeLink(`#persona=1.z.${'A'.repeat(MAX_LINK_PAYLOAD * 2 + 1)}`, 'persona', 1)).toEqual({
			ok: false,
			error: 'tooLarge',
		});
		const noise = Array.from(crypto.getRandomValues(new Uint8Array(60_000)), (b) =>
			String.fromCharCode(33 + (b % 90)),
		).join('');
		expect(await encodeLink('persona', 1, noise)).toEqual({ ok: false, error: 'tooLarge' });
	});
	it('stops unpacking a compression bomb', async () => {
		const huge = new TextEncoder().encode(JSON.stringify({ habitus: ' '.repeat(2_000_000) }));
		const reader = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const packed = new Uint8Array(await new Response(reader).arrayBuffer());
		expect(await decodeLink(`#persona=1.z.${toBase64Url(packed)}`, 'persona', 1)).toEqual({
			ok: false,
			error: 'corrupt',
		});
	});
});

describe('rewriteHref', () => {
	it('replaces the fragment and drops old query parameters, keeping the rest', () => {
		expect(
			rewriteHref('https://x.de/rechner/?einstellungen=abc&trainer=1#alt', 'posting-zeiten=1.j.e30', ['einstellungen']),
		).toBe('https://x.de/rechner/?trainer=1#posting-zeiten=1.j.e30');
		expect(rewriteHref('https://x.de/a/#persona=1.j.e30', '')).toBe('https://x.de/a/');
	});
});
