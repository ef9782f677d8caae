import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OFFLINE_OPT_OUT_KEY } from './offline/status';

/** The inline registration is plain JavaScript; these are the names it shares with typed code. */
describe('offline-init.js', () => {
	const source = readFileSync('src/scripts/offline-init.js', 'utf8');
	const worker = readFileSync('src/offline/service-worker.ts', 'utf8');

	it('reads the opt-out key the status page writes', () => {
		expect(source).toContain(`localStorage.getItem('${OFFLINE_OPT_OUT_KEY}')`);
	});

	it('makes no first copy on its own when the browser asks to save data', () => {
		expect(source).toContain('if(!s.controller&&navigator.connection&&navigator.connection.saveData)return;');
	});

	it('registers the worker the build writes and sends the message it understands', () => {
		expect(source).toContain("register('/sw.js')");
		expect(source).toContain("{type:'aktivieren'}");
		expect(worker).toContain("data?.type === 'aktivieren'");
	});
});
