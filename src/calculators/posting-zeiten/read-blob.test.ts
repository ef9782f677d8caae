import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mergeSummaries } from './import-core';
import { SPLIT_MIN_BYTES } from './import-plan';
import {
	detectEncoding,
	importBlob,
	importPart,
	isGzip,
	lineRangeStream,
	sliceStream,
	splitRanges,
	splittable,
	type LineRange,
} from './read-blob';

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

async function collect(stream: ReadableStream<Uint8Array>): Promise<string> {
	const parts: Uint8Array[] = [];
	for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) parts.push(chunk);
	return Buffer.concat(parts).toString('utf8');
}

/** Bytes as a stream of chunks of `size` bytes, to cross chunk borders everywhere. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
	let pos = 0;
	return new ReadableStream({
		pull(controller) {
			if (pos >= bytes.length) return controller.close();
			controller.enqueue(bytes.subarray(pos, pos + size));
			pos += size;
		},
	});
}

describe('reading a file in parts', () => {
	const text = 'eins\nzwei\n\ndrei und vier\nfünf\n';
	const bytes = new TextEncoder().encode(text);
	const part = (range: LineRange, chunk: number) => {
		const start = Math.max(0, range.from - 1);
		return collect(chunked(bytes.subarray(start), chunk).pipeThrough(lineRangeStream(start, range)));
	};

	it('gives every line to exactly one part, wherever the cut falls and however the chunks fall', async () => {
		for (let cut = 0; cut <= bytes.length; cut++) {
			for (const chunk of [1, 3, 64]) {
				const head = await part({ from: 0, to: cut }, chunk);
				const tail = await part({ from: cut, to: bytes.length }, chunk);
				expect(head + tail, `Schnitt bei ${cut}, Stücke zu ${chunk}`).toBe(text);
				expect(head === '' || head.endsWith('\n')).toBe(true);
			}
		}
	});

	it('reads a blob in slices that add up to the whole file', async () => {
		expect(await collect(sliceStream(new Blob([bytes]), 4))).toBe(text);
		expect(await collect(sliceStream(new Blob([]), 4))).toBe('');
	});

	it('cuts a file into ranges that cover it', () => {
		expect(splitRanges(10, 3)).toEqual([
			{ from: 0, to: 4 },
			{ from: 4, to: 8 },
			{ from: 8, to: 10 },
		]);
	});

	it('gets the same summary from two parts of a log as from the whole, bad lines numbered alike', async () => {
		const lines = fixture('access.log').toString('utf8').split('\n');
		lines.splice(150, 0, '', 'kaputte Zeile', '');
		const log = new TextEncoder().encode(lines.join('\n'));
		const whole = await importBlob(new Blob([log]), options);
		expect(whole.samples.map((x) => x.line)).toContain(152);
		for (const cut of [1, 5000, log.length / 2, 30_000, log.length - 1]) {
			const at = Math.floor(cut);
			const blob = new Blob([log]);
			const head = await importBlob(blob, { ...options, range: { from: 0, to: at } });
			const tail = await importBlob(blob, { ...options, range: { from: at, to: log.length }, assumeLog: true });
			expect(mergeSummaries([head, tail]), `Schnitt bei ${at}`).toEqual(whole);
		}
	});

	it('splits only large plain access logs, and reads them in parts as it would whole', async () => {
		const log = fixture('access.log');
		const big = new Blob(Array.from({ length: Math.ceil(SPLIT_MIN_BYTES / log.length) }, () => log));
		expect(await splittable(big)).toBe(true);
		expect(await splittable(new Blob([log]))).toBe(false);
		const table = fixture('wochentag-stunde.csv');
		expect(
			await splittable(new Blob(Array.from({ length: Math.ceil(SPLIT_MIN_BYTES / table.length) }, () => table))),
		).toBe(false);
		const whole = await importBlob(big, options);
		const parts = await Promise.all([0, 1, 2].map((index) => importPart(big, { index, count: 3 }, options)));
		expect(parts[1]?.records).toBeGreaterThan(0);
		expect(mergeSummaries(parts)).toEqual(whole);
	});

	it('leaves a file that cannot be split to the first worker', async () => {
		const table = new Blob([fixture('wochentag-stunde.csv')]);
		const whole = await importBlob(table, options);
		const parts = await Promise.all([0, 1].map((index) => importPart(table, { index, count: 2 }, options)));
		expect(parts[0]).toEqual(whole);
		expect(parts[1]?.lines).toBe(0);
		expect(mergeSummaries(parts)).toEqual(whole);
	});
});
