/**
 * How the page shares an import between its workers, and how it puts their answers together:
 * a large file goes to every worker, each reading one part (see `importPart`), any other file to
 * the first worker. The tracker adds up the progress of all parts of a file and hands out a file's
 * summary once its last part is in. Pure, so that every path is unit-tested without workers.
 */
import { mergeSummaries, type ImportSummary } from './import-core';
import type { FilePart } from './read-blob';

/** Below this size a file is read by one worker: starting another costs more than it saves. */
export const SPLIT_MIN_BYTES = 16 * 1024 * 1024;

export interface PlannedJob<F> {
	file: F;
	fileIndex: number;
	part?: FilePart;
}

/** The jobs of each worker (workers without a job are left out). */
export function planJobs<F extends { size: number }>(files: readonly F[], workers: number): PlannedJob<F>[][] {
	const jobs: PlannedJob<F>[][] = Array.from({ length: Math.max(1, workers) }, () => []);
	const count = jobs.length;
	files.forEach((file, fileIndex) => {
		if (count > 1 && file.size >= SPLIT_MIN_BYTES) {
			jobs.forEach((list, index) => list.push({ file, fileIndex, part: { index, count } }));
		} else jobs[0]?.push({ file, fileIndex });
	});
	return jobs.filter((list) => list.length > 0);
}

export interface FinishedFile {
	fileIndex: number;
	summary: ImportSummary;
	/** The slowest part's time: the parts ran at the same time. */
	durationMs: number;
}

export interface ImportTracker {
	/** A worker's bytes read so far in a file; returns the file shown as running, with all its bytes. */
	progress(worker: number, fileIndex: number, bytesRead: number): { fileIndex: number; bytesRead: number };
	/** A worker's part of a file is read: the whole file once its last part is in. */
	finish(worker: number, fileIndex: number, summary: ImportSummary, durationMs: number): FinishedFile | undefined;
	/** The first file not finished yet (the last file once all are), with the bytes read of it. */
	current(): { fileIndex: number; bytesRead: number };
}

export function createImportTracker<F>(fileCount: number, plan: readonly PlannedJob<F>[][]): ImportTracker {
	const expected = Array.from(
		{ length: fileCount },
		(_, i) => plan.filter((jobs) => jobs.some((j) => j.fileIndex === i)).length,
	);
	const parts = Array.from(
		{ length: fileCount },
		() => new Map<number, { summary: ImportSummary; durationMs: number }>(),
	);
	const bytes = plan.map(() => new Map<number, number>());
	const complete = (i: number) => (parts[i]?.size ?? 0) >= (expected[i] ?? 1);
	const current = () => {
		let fileIndex = 0;
		while (fileIndex + 1 < fileCount && complete(fileIndex)) fileIndex++;
		const bytesRead = bytes.reduce((sum, perFile) => sum + (perFile.get(fileIndex) ?? 0), 0);
		return { fileIndex, bytesRead };
	};
	return {
		progress(worker, fileIndex, bytesRead) {
			bytes[worker]?.set(fileIndex, bytesRead);
			return current();
		},
		finish(worker, fileIndex, summary, durationMs) {
			const got = parts[fileIndex];
			if (!got) return undefined;
			got.set(worker, { summary, durationMs });
			if (!complete(fileIndex)) return undefined;
			const ordered = [...got.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
			return {
				fileIndex,
				summary: ordered.length === 1 ? summary : mergeSummaries(ordered.map((part) => part.summary)),
				durationMs: Math.max(...ordered.map((part) => part.durationMs)),
			};
		},
		current,
	};
}
