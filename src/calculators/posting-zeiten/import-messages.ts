/** The messages between the page and the import workers. */
import type { ImportSummary } from './import-core';
import type { PlannedJob } from './import-plan';

/** One file, or one part of a large file that several workers read at once (see `importPart`). */
export type ImportJob = PlannedJob<File>;

export interface ImportRequest {
	type: 'import';
	jobs: ImportJob[];
	filterBots: boolean;
}

export type ImportResponse =
	| { type: 'progress'; fileIndex: number; bytesRead: number }
	| { type: 'file'; fileIndex: number; summary: ImportSummary; durationMs: number }
	| { type: 'done'; durationMs: number };
