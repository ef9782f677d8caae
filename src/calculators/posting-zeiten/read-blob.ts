/**
 * Reads a file as a stream and feeds it to the importer: gzip is recognised by its magic bytes
 * and unpacked with the platform's DecompressionStream; the text encoding comes from the byte
 * order mark (Matomo writes CSV as UTF-16 with BOM). Runs in the worker, and in Node for tests.
 */
import { createImporter, DETECT_LINES, type ImporterOptions, type ImportSummary } from './import-core';
import { SPLIT_MIN_BYTES } from './import-plan';

/**
 * A part of a file for one of several workers: the lines whose first byte lies in [from, to).
 * Parts cut at any byte therefore cover every line exactly once.
 */
export interface LineRange {
	from: number;
	to: number;
}

export interface ReadOptions extends ImporterOptions {
	/** Read only these lines (a plain, uncompressed file split between workers). */
	range?: LineRange;
	/** Called with the bytes read so far: of the file as stored (compressed), or of the range's lines. */
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

/** Bytes per read: large enough that reading overlaps parsing, small enough to keep memory flat. */
const SLICE_BYTES = 4 * 1024 * 1024;

/**
 * The file as a stream of slices, each read while the one before is being parsed. Chromium's
 * own `blob.stream()` reads only when asked, so reading and parsing took turns; here the next
 * slice is already on its way (at most two slices, 8 MB, are held at once).
 */
export function sliceStream(blob: Blob, size = SLICE_BYTES): ReadableStream<Uint8Array> {
	let offset = 0;
	const readNext = (): Promise<ArrayBuffer> => {
		const read = blob.slice(offset, offset + size).arrayBuffer();
		offset += size;
		// Handled when the slice is taken; this only stops an early failure from counting as unhandled.
		read.catch(() => undefined);
		return read;
	};
	let ahead = blob.size > 0 ? readNext() : undefined;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				const current = ahead;
				if (!current) return controller.close();
				ahead = offset < blob.size ? readNext() : undefined;
				controller.enqueue(new Uint8Array(await current));
			},
		},
		{ highWaterMark: 0 },
	);
}

const NEWLINE = 10;

/**
 * Keeps the lines of a `LineRange` from a byte stream that starts at byte `start` (one before
 * `range.from`, so that a line beginning exactly at `from` is recognised by the newline before it).
 */
export function lineRangeStream(start: number, range: LineRange): TransformStream<Uint8Array, Uint8Array> {
	let first = true;
	let pos = start;
	return new TransformStream({
		transform(chunk, controller) {
			const chunkStart = pos;
			pos += chunk.length;
			let begin = 0;
			if (first) {
				// Skip the end of the line that began in the part before.
				if (range.from > 0) {
					const nl = chunk.indexOf(NEWLINE);
					if (nl < 0) return;
					begin = nl + 1;
				}
				first = false;
				// The first whole line starts at or after the range's end: nothing of it is ours.
				if (chunkStart + begin >= range.to) return controller.terminate();
			}
			// The last line is the one that holds byte `to - 1`; it ends at the next newline.
			if (pos > range.to - 1) {
				const nl = chunk.indexOf(NEWLINE, Math.max(begin, range.to - 1 - chunkStart));
				if (nl >= 0) {
					controller.enqueue(chunk.subarray(begin, nl + 1));
					controller.terminate();
					return;
				}
			}
			controller.enqueue(begin === 0 ? chunk : chunk.subarray(begin));
		},
	});
}

/** How much of the start of a file is read to decide whether it can be split. */
const SNIFF_BYTES = 256 * 1024;

/**
 * Whether a file can be read in parts by several workers at once: a large, plain UTF-8 file
 * whose first lines the importer recognises as an access log (the same lines that decide the
 * format when the file is read whole, so the parts are read as the whole file would be).
 */
export async function splittable(blob: Blob): Promise<boolean> {
	if (blob.size < SPLIT_MIN_BYTES) return false;
	const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
	if (isGzip(head) || detectEncoding(head) !== 'utf-8') return false;
	const end = head.lastIndexOf(NEWLINE);
	if (end < 0) return false;
	const importer = createImporter({ fileName: '', filterBots: false });
	importer.push(new TextDecoder().decode(head.subarray(0, end + 1)));
	const summary = importer.end();
	return summary.format === 'access-log' && summary.lines >= DETECT_LINES;
}

/** The file cut into `count` ranges of about equal size. */
export function splitRanges(size: number, count: number): LineRange[] {
	const step = Math.ceil(size / count);
	return Array.from({ length: count }, (_, i) => ({ from: i * step, to: Math.min(size, (i + 1) * step) }));
}

/** Part `index` of `count` parts of a file, each read by its own worker. */
export interface FilePart {
	index: number;
	count: number;
}

/**
 * Import one part of a file. Every worker decides by itself, from the same first bytes, whether
 * the file can be split: if it can, each reads its range of lines (the later parts as an access
 * log, the format the start decided); if not, the first worker reads the whole file and the
 * others return an empty part, so merging the parts gives the same result either way.
 */
export async function importPart(blob: Blob, part: FilePart, options: ReadOptions): Promise<ImportSummary> {
	const later = part.index > 0;
	const range = part.count > 1 && (await splittable(blob)) ? splitRanges(blob.size, part.count)[part.index] : undefined;
	if (!range) return later ? createImporter({ ...options, assumeLog: true }).end() : importBlob(blob, options);
	return importBlob(blob, { ...options, range, assumeLog: later });
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
	const range = options.range;
	// Compressed bytes cannot be cut at lines; `splittable` never offers a gzip file for it.
	if (gzip && range) throw new Error('Eine gzip-Datei lässt sich nicht in Teilen lesen.');
	const start = range ? Math.max(0, range.from - 1) : 0;
	let stream = sliceStream(start > 0 ? blob.slice(start) : blob);
	// In a range, progress counts the bytes kept, so that the parts add up to the file's size.
	if (range) stream = stream.pipeThrough(lineRangeStream(start, range));
	stream = stream.pipeThrough(counter);
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
			// A later part has no byte order mark to look at; it is split only when UTF-8.
			decoder ??= new TextDecoder(range && range.from > 0 ? 'utf-8' : detectEncoding(value));
			importer.push(decoder.decode(value, { stream: true }));
		}
	} catch (error) {
		if (error instanceof DOMException && error.name === 'AbortError') throw error;
		return failed(options, gzip ? 'gzip' : 'read');
	}
	if (decoder) importer.push(decoder.decode());
	return importer.end();
}
