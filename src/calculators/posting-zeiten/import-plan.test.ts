import { describe, expect, it } from 'vitest';
import { createImporter } from './import-core';
import { createImportTracker, planJobs, SPLIT_MIN_BYTES } from './import-plan';

const big = { name: 'gross.log', size: SPLIT_MIN_BYTES };
const small = { name: 'klein.csv', size: 10 };

/** A real summary of access-log lines, one per day given. */
function log(...days: string[]) {
	const importer = createImporter({ fileName: 'gross.log', filterBots: false, assumeLog: true });
	for (const day of days)
		importer.push(`1.2.3.4 - - [${day}/Jun/2025:10:00:00 +0200] "GET / HTTP/1.1" 200 1 "-" "M"\n`);
	return importer.end();
}

describe('planJobs', () => {
	it('gives small files to the first worker and a large one to every worker, in parts', () => {
		expect(planJobs([small, big], 2)).toEqual([
			[
				{ file: small, fileIndex: 0 },
				{ file: big, fileIndex: 1, part: { index: 0, count: 2 } },
			],
			[{ file: big, fileIndex: 1, part: { index: 1, count: 2 } }],
		]);
	});

	it('starts one worker only when nothing is large or there is one core', () => {
		expect(planJobs([small, small], 4)).toHaveLength(1);
		expect(planJobs([big], 1)).toEqual([[{ file: big, fileIndex: 0 }]]);
		expect(planJobs([big], 0)).toEqual([[{ file: big, fileIndex: 0 }]]);
	});
});

describe('createImportTracker', () => {
	it('adds up the parts’ progress and hands out a file once, when its last part is in', () => {
		const plan = planJobs([big, small], 2);
		const tracker = createImportTracker(2, plan);
		expect(tracker.progress(0, 0, 300)).toEqual({ fileIndex: 0, bytesRead: 300 });
		expect(tracker.progress(1, 0, 200)).toEqual({ fileIndex: 0, bytesRead: 500 });
		expect(tracker.progress(0, 0, 400)).toEqual({ fileIndex: 0, bytesRead: 600 });
		// The second part arrives first; the merged summary still lists the first part’s lines first.
		expect(tracker.finish(1, 0, log('03'), 7)).toBeUndefined();
		const done = tracker.finish(0, 0, log('02', '02'), 9);
		expect(done).toMatchObject({ fileIndex: 0, durationMs: 9 });
		expect(done?.summary).toMatchObject({ records: 3, lineCount: 3 });
		expect(done?.summary.firstMs).toBe(Date.UTC(2025, 5, 2, 8));
		expect(done?.summary.lastMs).toBe(Date.UTC(2025, 5, 3, 8));
		expect(tracker.current()).toEqual({ fileIndex: 1, bytesRead: 0 });
		const single = log('04');
		expect(tracker.finish(0, 1, single, 1)).toEqual({ fileIndex: 1, summary: single, durationMs: 1 });
		expect(tracker.current()).toEqual({ fileIndex: 1, bytesRead: 0 });
	});

	it('ignores an answer for a file it does not know', () => {
		const tracker = createImportTracker(1, planJobs([small], 2));
		expect(tracker.finish(0, 5, log('02'), 1)).toBeUndefined();
	});
});
