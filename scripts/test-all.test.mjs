import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { steps, summary } from './test-all.mjs';
import { skipReason } from './verbatim.mjs';

const dirs = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm test summary', () => {
	it('lists a step that could not run as „übersprungen“, neither passed nor failed', () => {
		const { lines, failed } = summary([
			{ name: 'Wörtliche Übernahmen (check-verbatim)', status: 'übersprungen (../shared/ fehlt)', skipped: true },
			{ name: 'Lint (ESLint)', status: 'ok', seconds: 3 },
		]);
		expect(lines).toEqual([
			'– Wörtliche Übernahmen (check-verbatim): übersprungen (../shared/ fehlt)',
			'✓ Lint (ESLint): ok (3 s)',
			'Prüfschritte: 1 passed, 0 failed, 1 skipped',
		]);
		expect(failed).toBe(0);
	});

	it('counts the steps left out after a failed build as failed', () => {
		const { lines, failed } = summary([
			{ name: 'Build mit Suchindex', status: 'FEHLER', seconds: 9 },
			{ name: 'End-to-End-Tests (Playwright)', status: 'übersprungen (Build fehlgeschlagen)' },
		]);
		expect(lines.at(-1)).toBe('Prüfschritte: 0 passed, 2 failed');
		expect(failed).toBe(2);
	});

	it('skips the verbatim check where ../shared/ is missing, and only there', () => {
		const parent = mkdtempSync(`${tmpdir()}/arbeitsbereich-`);
		dirs.push(parent);
		mkdirSync(`${parent}/projekt`);
		expect(skipReason(`${parent}/projekt`)).toMatch(/^\.\.\/shared\/ fehlt/);
		mkdirSync(`${parent}/shared/tools`, { recursive: true });
		writeFileSync(`${parent}/shared/tools/check-verbatim.mjs`, '');
		expect(skipReason(`${parent}/projekt`)).toBeUndefined();
		expect(steps.find((s) => s.name.includes('check-verbatim'))?.skipIf).toBeTypeOf('function');
	});
});
