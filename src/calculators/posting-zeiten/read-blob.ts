/**
 * Reads a file as a stream and feeds it to the importer: gzip is recognised by its magic bytes
 * and unpacked with the platform's DecompressionStream; the text encoding comes from the byte
 * order mark (Matomo writes CSV as UTF-16 with BOM). Runs in the worker, and in Node for tests.
 */
import { createImporter, type ImporterOptions, type ImportSummary } from './import-core';

export interface ReadOptions extends ImporterOptions {
	/** Called with the number of (compressed) bytes read so far. */
	onProgress?: (bytesRead: number) => void;
	signal?: AbortSignal;
}

/** Whether the first bytes are the gzip magic number 1f 8b. */
export function isGzip(head: Uint8Array): boolean {
	return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** The text encoding named by a byte order mark, or guessed from NUL bytes, else UTF-8. */
export function detectEncoding(head: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	// ASCII text in UTF-16 without BOM has a zero in every other byte.
	if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0) return 'utf-16le';
	if (head.length >= 4 && head[0] === 0 && head[2] === 0 && head[1] !== 0) return 'utf-16be';
	return 'utf-8';
}

function failed(options: ImporterOptions, problem: 'gzip' | 'read'): ImportSummary {
	const summary = createImporter(options).end();
	summary.problem = problem;
	return summary;
}

/** Import one file (or any Blob) without ever holding it whole in memory. */
export async function importBlob(blob: Blob, options: ReadOptions): Promise<ImportSummary> {
	const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
	const gzip = isGzip(head);
	let bytesRead = 0;
	const counter = new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			bytesRead += chunk.byteLength;
			options.onProgress?.(bytesRead);
			controller.enqueue(chunk);
		},
	});
	let stream: ReadableStream<Uint8Array> = blob.stream().pipeThrough(counter);
	if (gzip)
		stream = stream.pipeThrough(new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>);

	const importer = createImporter(options);
	const reader = stream.getReader();
	let decoder: TextDecoder | undefined;
	try {
		for (;;) {
			if (options.signal?.aborted) {
				await reader.cancel();
				throw new DOMException('Import abgebrochen', 'AbortError');
			}
			const { done, value } = await reader.read();
			if (done) break;
			decoder ??= new TextDecoder(detectEncoding(value));
			importer.push(decoder.decode(value, { stream: true }));
		}
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') throw error;
		return failed(options, gzip ? 'gzip' : 'read');
	}
	if (decoder) importer.push(decoder.decode());
	return importer.end();
}
