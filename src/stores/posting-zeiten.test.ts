import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { createImporter, type ImportSummary } from '../calculators/posting-zeiten/import-core';
import type { ImportRequest, ImportResponse } from '../calculators/posting-zeiten/import-messages';
import { SPLIT_MIN_BYTES } from '../calculators/posting-zeiten/import-plan';
import type { ImportWorker } from './posting-zeiten';

/** A stand-in for the import worker: records what it was sent, and the test answers for it. */
class FakeWorker implements ImportWorker {
	onmessage: ImportWorker['onmessage'] = null;
	onerror: ImportWorker['onerror'] = null;
	sent: ImportRequest[] = [];
	terminated = false;
	postMessage(request: ImportRequest): void {
		this.sent.push(request);
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(data: ImportResponse): void {
		this.onmessage?.({ data } as MessageEvent<ImportResponse>);
	}
	fail(message: string): { prevented: boolean } {
		const event = { message, prevented: false, preventDefault: () => void (event.prevented = true) };
		this.onerror?.(event as unknown as ErrorEvent);
		return event;
	}
}

/** A real summary: Monday 9:00–10:00 counted 12 times, read by the real importer. */
function summary(text = 'Wochentag;Stunde;Anzahl\nMontag;9;12\n'): ImportSummary {
	const importer = createImporter({ fileName: 'zeiten.csv', filterBots: true });
	importer.push(text);
	return importer.end();
}

const file = (name: string, size = 10) => new File(['x'.repeat(size)], name);

async function load() {
	vi.resetModules();
	const store = await import('./posting-zeiten');
	const personas = await import('./personas');
	const workers: FakeWorker[] = [];
	let clock = 1000;
	const painted: (() => void)[] = [];
	store.setImportDependencies({
		createWorker: () => {
			const w = new FakeWorker();
			workers.push(w);
			return w;
		},
		now: () => clock,
		afterPaint: (run) => painted.push(run),
		parallelism: () => 2,
	});
	return { ...store, ...personas, workers, painted, tick: (ms: number) => (clock += ms) };
}

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('which audience the posting-time result is built on', () => {
	it('uses the week entered on the page while there is neither data nor a persona', async () => {
		const s = await load();
		s.updatePostingSettings({ model: 'persona' });
		expect(s.$postingModel.get().basis).toEqual({ kind: 'eigene' });
	});

	it('uses the active persona when the model says so, and the own week when it does not', async () => {
		const s = await load();
		const id = s.loadExample('oldtimer');
		s.setActivePersona(id);
		const name = s.$activePersona.get()?.name ?? '';
		s.updatePostingSettings({ model: 'persona' });
		expect(s.$postingModel.get().basis).toEqual({ kind: 'persona', name });
		s.updatePostingSettings({ model: 'eigene' });
		expect(s.$postingModel.get().basis).toEqual({ kind: 'eigene' });
	});

	it('lets imported data win over the persona, and ignores files that could not be read', async () => {
		const s = await load();
		s.setActivePersona(s.loadExample('oldtimer'));
		s.updatePostingSettings({ model: 'persona' });
		s.importFiles([file('kaputt.csv'), file('zeiten.csv')]);
		const [w] = s.workers;
		w?.answer({ type: 'file', fileIndex: 0, summary: summary(''), durationMs: 1 });
		expect(s.$importedSources.get()[0]?.summary.problem).toBe('empty');
		expect(s.$postingModel.get().basis.kind).toBe('persona');
		w?.answer({ type: 'file', fileIndex: 1, summary: summary(), durationMs: 1 });
		const basis = s.$postingModel.get().basis;
		expect(basis.kind).toBe('data');
		if (basis.kind === 'data') expect(basis.count).toBe(1);
		s.clearSources();
		expect(s.$postingModel.get().basis.kind).toBe('persona');
	});

	it('converts the data to the time zone once, not on every other change', async () => {
		const s = await load();
		s.importFiles([file('zeiten.csv')]);
		s.workers[0]?.answer({ type: 'file', fileIndex: 0, summary: summary(), durationMs: 1 });
		const audience = (m = s.$postingModel.get()) => (m.basis.kind === 'data' ? m.basis.audience : undefined);
		const first = audience();
		expect(first).toBeDefined();
		s.updatePostingSettings({ postsPerWeek: '3' });
		expect(audience()).toBe(first);
		s.updatePostingSettings({ timeZone: 'America/New_York' });
		expect(audience()).not.toBe(first);
	});
});

describe('the import worker', () => {
	it('sends the files with the bot filter, reports progress, adds each file and ends with a measure after paint', async () => {
		const s = await load();
		s.updatePostingSettings({ filterBots: false });
		const files = [file('a.log', 100), file('b.csv', 50)];
		s.importFiles(files);
		const [w] = s.workers;
		expect(w?.sent).toEqual([
			{
				type: 'import',
				jobs: [
					{ file: files[0], fileIndex: 0 },
					{ file: files[1], fileIndex: 1 },
				],
				filterBots: false,
			},
		]);
		expect(s.workers).toHaveLength(1);
		expect(s.$importStatus.get()).toMatchObject({ state: 'running', fileIndex: 0, fileName: 'a.log', bytesRead: 0 });
		w?.answer({ type: 'progress', fileIndex: 0, bytesRead: 40 });
		expect(s.$importStatus.get()).toMatchObject({ state: 'running', bytesRead: 40, fileSize: 100 });
		w?.answer({ type: 'file', fileIndex: 0, summary: summary(), durationMs: 5 });
		expect(s.$importedSources.get().map((x) => x.name)).toEqual(['a.log']);
		expect(s.$importStatus.get()).toMatchObject({ state: 'running', fileIndex: 1, fileName: 'b.csv' });
		w?.answer({ type: 'file', fileIndex: 1, summary: summary(), durationMs: 5 });
		s.tick(250);
		w?.answer({ type: 'done', durationMs: 10 });
		expect(s.$importStatus.get()).toEqual({ state: 'done', fileCount: 2, bytes: 150, durationMs: 250 });
		expect(w?.terminated).toBe(true);
		expect(s.painted).toHaveLength(1);
	});

	it('splits a large file between the workers, adds up their progress and merges their parts once', async () => {
		const s = await load();
		const big = new File([new Uint8Array(SPLIT_MIN_BYTES)], 'gross.log');
		const small = file('klein.csv', 10);
		s.importFiles([big, small]);
		const [first, second] = s.workers;
		expect(s.workers).toHaveLength(2);
		expect(first?.sent[0]?.jobs).toEqual([
			{ file: big, fileIndex: 0, part: { index: 0, count: 2 } },
			{ file: small, fileIndex: 1 },
		]);
		expect(second?.sent[0]?.jobs).toEqual([{ file: big, fileIndex: 0, part: { index: 1, count: 2 } }]);
		first?.answer({ type: 'progress', fileIndex: 0, bytesRead: 300 });
		second?.answer({ type: 'progress', fileIndex: 0, bytesRead: 200 });
		first?.answer({ type: 'progress', fileIndex: 0, bytesRead: 400 });
		expect(s.$importStatus.get()).toMatchObject({ fileIndex: 0, bytesRead: 600 });
		const log = (lines: string) => {
			const importer = createImporter({ fileName: 'gross.log', filterBots: false });
			importer.push(lines);
			return importer.end();
		};
		const line = (day: string) => `1.2.3.4 - - [${day}/Jun/2025:10:00:00 +0200] "GET / HTTP/1.1" 200 1 "-" "M"\n`;
		// The second part arrives first: nothing is added until the first part is in too.
		second?.answer({ type: 'file', fileIndex: 0, summary: log(line('03')), durationMs: 7 });
		expect(s.$importedSources.get()).toEqual([]);
		first?.answer({ type: 'file', fileIndex: 0, summary: log(line('02').repeat(20)), durationMs: 9 });
		const [source] = s.$importedSources.get();
		expect(source).toMatchObject({ name: 'gross.log', durationMs: 9 });
		expect(source?.summary).toMatchObject({ format: 'access-log', records: 21, lineCount: 21 });
		expect(s.$importStatus.get()).toMatchObject({ state: 'running', fileIndex: 1 });
		second?.answer({ type: 'done', durationMs: 7 });
		expect(s.$importStatus.get().state).toBe('running');
		first?.answer({ type: 'file', fileIndex: 1, summary: summary(), durationMs: 1 });
		first?.answer({ type: 'done', durationMs: 10 });
		expect(s.$importStatus.get()).toMatchObject({ state: 'done', fileCount: 2 });
		expect(first?.terminated && second?.terminated).toBe(true);
	});

	it('stops every worker when one of them fails', async () => {
		const s = await load();
		s.importFiles([new File([new Uint8Array(SPLIT_MIN_BYTES)], 'gross.log')]);
		s.workers[1]?.fail('Lesefehler');
		expect(s.$importStatus.get()).toEqual({ state: 'failed', message: 'Lesefehler' });
		expect(s.workers.every((w) => w.terminated)).toBe(true);
	});

	it('shows a worker error as a message, keeps the page usable and stops the worker', async () => {
		const s = await load();
		s.importFiles([file('a.log')]);
		const event = s.workers[0]?.fail('Speicher voll');
		expect(event?.prevented).toBe(true);
		expect(s.$importStatus.get()).toEqual({ state: 'failed', message: 'Speicher voll' });
		expect(s.workers[0]?.terminated).toBe(true);
		s.importFiles([file('b.log')]);
		expect(s.workers).toHaveLength(2);
		expect(s.$importStatus.get()).toMatchObject({ state: 'running', fileName: 'b.log' });
	});

	it('cancels: files finished so far stay, later messages of the stopped worker change nothing', async () => {
		const s = await load();
		s.importFiles([file('a.log'), file('b.log')]);
		const [w] = s.workers;
		w?.answer({ type: 'file', fileIndex: 0, summary: summary(), durationMs: 1 });
		s.cancelImport();
		expect(w?.terminated).toBe(true);
		expect(s.$importStatus.get()).toEqual({ state: 'cancelled' });
		w?.answer({ type: 'file', fileIndex: 1, summary: summary(), durationMs: 1 });
		w?.answer({ type: 'done', durationMs: 2 });
		expect(s.$importedSources.get().map((x) => x.name)).toEqual(['a.log']);
		expect(s.$importStatus.get()).toEqual({ state: 'cancelled' });
	});

	it('does nothing on cancel while no import runs, and a new import replaces a running one', async () => {
		const s = await load();
		s.cancelImport();
		expect(s.$importStatus.get()).toEqual({ state: 'idle' });
		s.importFiles([]);
		expect(s.workers).toHaveLength(0);
		s.importFiles([file('a.log')]);
		s.importFiles([file('b.log')]);
		expect(s.workers[0]?.terminated).toBe(true);
		s.workers[0]?.answer({ type: 'file', fileIndex: 0, summary: summary(), durationMs: 1 });
		expect(s.$importedSources.get()).toEqual([]);
		s.workers[1]?.answer({ type: 'file', fileIndex: 0, summary: summary(), durationMs: 1 });
		expect(s.$importedSources.get().map((x) => x.name)).toEqual(['b.log']);
	});
});
