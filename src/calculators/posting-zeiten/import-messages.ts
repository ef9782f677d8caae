/** The messages between the page and the import workers. */
import type { ImportSummary } from './import-core';
import type { FilePart } from './read-blob';

/**
 * Below this size a file is read by one worker: starting another costs more than it saves.
 * Here, not in read-blob.ts, because the page needs it without the importer's code.
 */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

/** One file, or one part of a large file that several workers read at once (see `importPart`). */
export interface ImportJob {
	file: File;
	fileIndex: number;
	part?: FilePart;
}

export interface ImportRequest {
	type: 'import';
	jobs: ImportJob[];
	filterBots: boolean;
}

export type ImportResponse =
	| { type: 'progress'; fileIndex: number; bytesRead: number }
	| { type: 'file'; fileIndex: number; summary: ImportSummary; durationMs: number }
	| { type: 'done'; durationMs: number };
