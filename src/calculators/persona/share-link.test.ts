import { describe, expect, it } from 'vitest';
import { createExample } from './examples';
import { createEmptyPersona, PERSONA_VERSION } from './schema';
import { MAX_LINK_PAYLOAD, toBase64Url } from '../../lib/share-link';
import { decodeShareHash, encodeShareFragment, isShareHash } from './share-link';

async function fragmentOf(p = createExample('oldtimer')): Promise<string> {
	const result = await encodeShareFragment(p);
	if (!result.ok) throw new Error('encoding failed');
	return result.fragment;
}

describe('share link', () => {
	it('encodes a persona compressed into the fragment and reads it back', async () => {
		const persona = createExample('geschirr');
		const fragment = await fragmentOf(persona);
		expect(fragment).toMatch(new RegExp(`^persona=${PERSONA_VERSION}\\.z\\.[A-Za-z0-9_-]+$`));
		expect(fragment.length).toBeLessThan(JSON.stringify(persona).length);
		expect(isShareHash(`#${fragment}`)).toBe(true);
		expect(await decodeShareHash(`#${fragment}`)).toEqual({ ok: true, persona });
	});

	it('reads the uncompressed variant too', async () => {
		const persona = createEmptyPersona('abc', 'Ümlaut „Test“', new Date(0));
		const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(persona)));
		expect(await decodeShareHash(`#persona=1.j.${payload}`)).toEqual({ ok: true, persona });
	});

	it.each([
		['', 'format'],
		['#anderes=1', 'format'],
		['#persona=', 'format'],
		['#persona=1.x.abc', 'format'],
		['#persona=99.z.abc', 'version'],
		['#persona=0.z.abc', 'format'],
		['#persona=1.z.AAAA', 'corrupt'],
		['#persona=1.j.e30', 'invalid'],
		[`#persona=1.j.${toBase64Url(new TextEncoder().encode('nicht json'))}`, 'corrupt'],
	])('refuses %s with %s', async (hash, error) => {
		expect(await decodeShareHash(hash)).toEqual({ ok: false, error });
	});

	it('refuses payloads that are too long before decoding them', async () => {
		expect(await decodeShareHash(`#persona=1.z.${'A'.repeat(MAX_LINK_PAYLOAD * 2 + 1)}`)).toEqual({
			ok: false,
			error: 'tooLarge',
		});
	});

	it('refuses to build a link for a persona that is too large', async () => {
		// Random text does not compress, so this exceeds the payload limit.
		const bytes = crypto.getRandomValues(new Uint8Array(60_000));
		const noise = Array.from(bytes, (b) => String.fromCharCode(33 + (b % 90))).join('');
		expect(await encodeShareFragment({ ...createExample('oldtimer'), habitus: noise })).toEqual({
			ok: false,
			error: 'tooLarge',
		});
	});

	it('stops unpacking a compression bomb', async () => {
		const huge = new TextEncoder().encode(JSON.stringify({ id: 'a', habitus: ' '.repeat(2_000_000) }));
		const reader = new Blob([huge]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const packed = new Uint8Array(await new Response(reader).arrayBuffer());
		expect(await decodeShareHash(`#persona=1.z.${toBase64Url(packed)}`)).toEqual({ ok: false, error: 'corrupt' });
	});
});
