/**
 * Web Worker for the import: files are read as streams here, off the main thread, so that the
 * page stays responsive even for a log of several hundred megabytes. A large log is cut into
 * parts, one per worker, so that several cores read it at once. Cancelling is done by the
 * page terminating this worker; results of files that were finished before stay with the page.
 */
import type { ImportRequest, ImportResponse } from './import-messages';
import { importPart } from './read-blob';

/** Progress messages at most this often, so the page is not flooded. */
const PROGRESS_INTERVAL_MS = 50;

const post = (message: ImportResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	if (request.type !== 'import') return;
	void (async () => {
		const started = performance.now();
		for (const { file, fileIndex, part } of request.jobs) {
			const fileStarted = performance.now();
			let lastPost = 0;
			const summary = await importPart(file, part ?? { index: 0, count: 1 }, {
				fileName: file.name,
				filterBots: request.filterBots,
				onProgress: (bytesRead) => {
					const now = performance.now();
					if (now - lastPost < PROGRESS_INTERVAL_MS) return;
					lastPost = now;
					post({ type: 'progress', fileIndex, bytesRead });
				},
			});
			post({ type: 'file', fileIndex, summary, durationMs: performance.now() - fileStarted });
		}
		post({ type: 'done', durationMs: performance.now() - started });
	})();
});
