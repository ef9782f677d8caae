/**
 * Web Worker for the import: files are read as streams here, off the main thread, so that the
 * page stays responsive even for a log of several hundred megabytes. Cancelling is done by the
 * page terminating this worker; results of files that were finished before stay with the page.
 */
import type { ImportRequest, ImportResponse } from './import-messages';
import { importBlob } from './read-blob';

/** Progress messages at most this often, so the page is not flooded. */
const PROGRESS_INTERVAL_MS = 50;

const post = (message: ImportResponse): void => postMessage(message);

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
	const request = event.data;
	if (request.type !== 'import') return;
	void (async () => {
		const started = performance.now();
		for (const [fileIndex, file] of request.files.entries()) {
			const fileStarted = performance.now();
			let lastPost = 0;
			const summary = await importBlob(file, {
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
