import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detectEncoding, importBlob, isGzip } from './read-blob';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/posting-zeiten/${name}`, import.meta.url));
const options = { fileName: 'x', filterBots: true };

describe('importBlob', () => {
	it('unpacks gzip in the stream and gets the same result as the plain log', async () => {
		const plain = await importBlob(new Blob([fixture('access.log')]), { ...options, fileName: 'access.log' });
		const packed = await importBlob(new Blob([fixture('access.log.gz')]), { ...options, fileName: 'access.log.gz' });
		expect(packed).toEqual(plain);
		expect(packed.records).toBeGreaterThan(100);
	});

	it('reads Matomo CSV in UTF-16 with byte order mark', async () => {
		const s = await importBlob(new Blob([fixture('matomo-uhrzeit.csv')]), options);
		expect(s.format).toBe('hours');
		expect(s.header).toBe('Bezeichnung,Eindeutige Besucher,Besuche,Aktionen');
		expect(s.hours[19]).toBe(400);
	});

	it('reports progress in bytes of the file', async () => {
		const seen: number[] = [];
		const data = fixture('access.log.gz');
		await importBlob(new Blob([data]), { ...options, onProgress: (b) => seen.push(b) });
		expect(seen.at(-1)).toBe(data.length);
	});

	it('reports a damaged gzip file instead of failing', async () => {
		const broken = gzipSync(Buffer.from('x'.repeat(10_000))).subarray(0, 40);
		expect((await importBlob(new Blob([broken]), options)).problem).toBe('gzip');
	});

	it('can be cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(
			importBlob(new Blob([fixture('access.log')]), { ...options, signal: controller.signal }),
		).rejects.toThrow('abgebrochen');
	});

	it('recognises magic bytes and encodings', () => {
		expect(isGzip(new Uint8Array([0x1f, 0x8b, 8]))).toBe(true);
		expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
		expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
		expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
		expect(detectEncoding(new Uint8Array([0x61, 0, 0x62, 0]))).toBe('utf-16le');
		expect(detectEncoding(new Uint8Array([0x61, 0x62, 0x63, 0x64]))).toBe('utf-8');
	});
});
