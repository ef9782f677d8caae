/**
 * State of the posting-time calculator.
 *
 * - `$postingSettings` (persisted as `smp:posting-zeiten` → `{ v: 1, data: PostingSettings }`):
 *   everything the user sets; also what a share link carries. Validated on load.
 * - `$importedSources` (memory only): what was read from the user's files. It is deliberately not
 *   stored: the data stay in this tab and vanish with it.
 * - `$importStatus`: progress of the running import in the workers.
 * - `$postingModel`: the computed result, recomputed on any change (measured as `pz-recompute`).
 *
 * The import's workers, clock and paint timing come from `setImportDependencies`, so that unit
 * tests (posting-zeiten.test.ts) can drive every path of it without a browser.
 */
import { atom, computed } from 'nanostores';
import { buildAudience, type Audience } from '../calculators/posting-zeiten/audience';
import { parseCompetition } from '../calculators/posting-zeiten/competition';
import { computeModel, type ModelResult } from '../calculators/posting-zeiten/compute';
import type { ImportSummary } from '../calculators/posting-zeiten/import-core';
import type { ImportRequest, ImportResponse } from '../calculators/posting-zeiten/import-messages';
import { createImportTracker, planJobs } from '../calculators/posting-zeiten/import-plan';
import { scheduleToActivity } from '../calculators/posting-zeiten/schedule-model';
import {
	allowedHours,
	DEFAULT_SETTINGS,
	resolveNumbers,
	postingSettingsSchema,
	type PostingSettings,
	type ResolvedNumbers,
} from '../calculators/posting-zeiten/settings';
import type { CompetitionParse } from '../calculators/posting-zeiten/competition';
import { $activePersona } from './personas';
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';

export const $postingSettings = versionedAtom<PostingSettings>('posting-zeiten', DEFAULT_SETTINGS, {
	version: 1,
	validate: postingSettingsSchema,
	label: 'Posting-Zeiten-Rechner',
});

/** Change some settings. */
export function updatePostingSettings(patch: Partial<PostingSettings>): void {
	$postingSettings.set({ ...$postingSettings.get(), ...patch });
}

/** Back to the defaults (imported data stay). */
export function resetPostingSettings(): void {
	$postingSettings.set(DEFAULT_SETTINGS);
}

export interface ImportedSource {
	id: number;
	name: string;
	size: number;
	summary: ImportSummary;
	durationMs: number;
}

export type ImportStatus =
	| { state: 'idle' }
	| { state: 'running'; fileIndex: number; fileCount: number; fileName: string; fileSize: number; bytesRead: number }
	| { state: 'done'; fileCount: number; bytes: number; durationMs: number }
	| { state: 'cancelled' }
	| { state: 'failed'; message: string };

export const $importedSources = atom<ImportedSource[]>([]);
export const $importStatus = atom<ImportStatus>({ state: 'idle' });

/** What the store needs of the import worker: a real `Worker`, or a stand-in in unit tests. */
export interface ImportWorker {
	onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(request: ImportRequest): void;
	terminate(): void;
}

/** What the import depends on besides the files, so that tests can hand in their own. */
export interface ImportDependencies {
	createWorker: () => ImportWorker;
	/** Milliseconds on a monotonic clock (for the duration shown and the bench's measure). */
	now: () => number;
	/** Run after the next frame has been painted (the import's end as the reader sees it). */
	afterPaint: (run: () => void) => void;
	/** How many workers may read one large file at once. */
	parallelism: () => number;
}

const browserDependencies: ImportDependencies = {
	createWorker: () =>
		new Worker(new URL('../calculators/posting-zeiten/import.worker.ts', import.meta.url), { type: 'module' }),
	now: () => performance.now(),
	// Islands re-render before the next frame; a timeout set in that frame runs after it is painted.
	afterPaint: (run) => requestAnimationFrame(() => setTimeout(run, 0)),
	// One worker per core up to four; the page itself has little to do meanwhile.
	parallelism: () => Math.min(4, Math.max(1, navigator.hardwareConcurrency || 1)),
};

let dependencies = browserDependencies;

/** Replace some dependencies of the import (unit tests); without arguments, back to the browser's. */
export function setImportDependencies(replacements?: Partial<ImportDependencies>): void {
	dependencies = { ...browserDependencies, ...replacements };
}

let workers: ImportWorker[] = [];
let nextId = 1;

function stopWorkers(): void {
	for (const w of workers) w.terminate();
	workers = [];
}

/** Read files in the import workers; each finished file is added at once. */
export function importFiles(files: readonly File[]): void {
	if (files.length === 0) return;
	stopWorkers();
	const list = [...files];
	const bytes = list.reduce((t, f) => t + f.size, 0);
	const { now, afterPaint } = dependencies;
	const started = now();
	const plan = planJobs(list, dependencies.parallelism());
	const tracker = createImportTracker(list.length, plan);
	let running = plan.length;
	const status = ({ fileIndex, bytesRead }: { fileIndex: number; bytesRead: number }): ImportStatus => ({
		state: 'running',
		fileIndex,
		fileCount: list.length,
		fileName: list[fileIndex]?.name ?? '',
		fileSize: list[fileIndex]?.size ?? 0,
		bytesRead,
	});
	$importStatus.set(status(tracker.current()));
	workers = plan.map((_, workerIndex) => {
		const w = dependencies.createWorker();
		w.onmessage = (event: MessageEvent<ImportResponse>) => {
			// A message that was already on its way when this import was cancelled or replaced.
			if (!workers.includes(w)) return;
			const msg = event.data;
			if (msg.type === 'progress') {
				$importStatus.set(status(tracker.progress(workerIndex, msg.fileIndex, msg.bytesRead)));
			} else if (msg.type === 'file') {
				const finished = tracker.finish(workerIndex, msg.fileIndex, msg.summary, msg.durationMs);
				if (!finished) return;
				const file = list[finished.fileIndex];
				$importedSources.set([
					...$importedSources.get(),
					{
						id: nextId++,
						name: file?.name ?? '',
						size: file?.size ?? 0,
						summary: finished.summary,
						durationMs: finished.durationMs,
					},
				]);
				if (finished.fileIndex + 1 < list.length) $importStatus.set(status(tracker.current()));
			} else if (--running === 0) {
				$importStatus.set({ state: 'done', fileCount: list.length, bytes, durationMs: now() - started });
				stopWorkers();
				// The bench reads this measure: from the file selection to the drawn result.
				afterPaint(() => {
					performance.clearMeasures('pz-import');
					performance.measure('pz-import', { start: started, end: now() });
				});
			}
		};
		w.onerror = (event) => {
			event.preventDefault();
			if (!workers.includes(w)) return;
			$importStatus.set({ state: 'failed', message: event.message || 'Worker' });
			stopWorkers();
		};
		return w;
	});
	const filterBots = $postingSettings.get().filterBots;
	plan.forEach((jobs, i) => workers[i]?.postMessage({ type: 'import', jobs, filterBots }));
}

/** Stop the running import; files finished so far stay. */
export function cancelImport(): void {
	if (workers.length === 0) return;
	stopWorkers();
	$importStatus.set({ state: 'cancelled' });
}

export function removeSource(id: number): void {
	$importedSources.set($importedSources.get().filter((s) => s.id !== id));
}

export function clearSources(): void {
	$importedSources.set([]);
	$importStatus.set({ state: 'idle' });
}

/** Settings from a share link, waiting for the user to accept or dismiss them. */
export const $sharedSettings = atom<PostingSettings | 'invalid' | undefined>(undefined);

/** Remember settings found in a share link (validated), without applying them yet. */
export function offerSharedSettings(settings: PostingSettings | undefined): void {
	$sharedSettings.set(settings ?? 'invalid');
}

export function applySharedSettings(): void {
	const shared = $sharedSettings.get();
	if (shared && shared !== 'invalid') $postingSettings.set(postingSettingsSchema(shared) ?? $postingSettings.get());
	$sharedSettings.set(undefined);
}

export function dismissSharedSettings(): void {
	$sharedSettings.set(undefined);
}

/** Where the audience comes from in the current result. */
export type Basis =
	{ kind: 'data'; count: number; audience: Audience } | { kind: 'persona'; name: string } | { kind: 'eigene' };

export interface PostingModel {
	basis: Basis;
	numbers: ResolvedNumbers;
	competition: CompetitionParse;
	allowed: boolean[];
	result: ModelResult;
}

// Converting the imported instants to the zone is the only part that grows with the data, so it
// is cached per (sources, zone) and not repeated when other inputs change.
let audienceCache: { sources: ImportedSource[]; zone: string; audience: Audience } | undefined;

function dataAudience(sources: ImportedSource[], zone: string): Audience {
	if (audienceCache?.sources !== sources || audienceCache.zone !== zone) {
		audienceCache = {
			sources,
			zone,
			audience: buildAudience(
				sources.map((s) => s.summary),
				zone,
			),
		};
	}
	return audienceCache.audience;
}

/** Everything the result area shows. */
export const $postingModel = computed(
	[$postingSettings, $importedSources, $activePersona],
	(settings, sources, persona): PostingModel => {
		const started = performance.now();
		const numbers = resolveNumbers(settings);
		const competition = parseCompetition(settings.competition);
		const allowed = allowedHours(settings);
		let basis: Basis;
		let activity: ArrayLike<number>;
		const usable = sources.filter((s) => !s.summary.problem);
		if (usable.length > 0) {
			const audience = dataAudience(sources, settings.timeZone);
			basis = { kind: 'data', count: usable.length, audience };
			activity = audience.week;
		} else if (settings.model === 'persona' && persona) {
			basis = { kind: 'persona', name: persona.name };
			activity = scheduleToActivity(persona.schedule);
		} else {
			basis = { kind: 'eigene' };
			activity = scheduleToActivity(settings.schedule);
		}
		const result = computeModel({
			audience: activity,
			competition: competition.week,
			halfLifeMinutes: numbers.halfLife,
			postsPerWeek: numbers.postsPerWeek,
			minGapHours: numbers.minGapHours,
			allowed,
		});
		// Only the latest measure is kept; the bench reads it after changing an input.
		performance.clearMeasures('pz-recompute');
		performance.measure('pz-recompute', { start: started, end: performance.now() });
		return { basis, numbers, competition, allowed, result };
	},
);
