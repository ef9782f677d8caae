/** The messages between the page and the import worker. */
import type { ImportSummary } from './import-core';

export interface ImportRequest {
	type: 'import';
	files: File[];
	filterBots: boolean;
}

export type ImportResponse =
	| { type: 'progress'; fileIndex: number; bytesRead: number }
	| { type: 'file'; fileIndex: number; summary: ImportSummary; durationMs: number }
	| { type: 'done'; durationMs: number };
