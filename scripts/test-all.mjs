#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest. Each step runs even
// if an earlier one failed (except the steps that need a successful build), so one run shows
// everything that is wrong. A step that cannot run here (the verbatim check without ../shared/)
// is listed as „übersprungen“, never as passed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { skipReason as verbatimSkipReason } from './verbatim.mjs';

export const steps = [
	{
		name: 'Wörtliche Übernahmen (check-verbatim)',
		cmd: ['node', 'scripts/verbatim.mjs'],
		skipIf: () => verbatimSkipReason(),
	},
	{ name: 'Lint (ESLint)', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
	// .astro files included (prettier-plugin-astro); what is left out and why is in .prettierignore.
	{ name: 'Formatierung (Prettier)', cmd: ['npx', 'prettier', '--check', '--cache', '.'] },
	{
		name: 'Typprüfung (astro check)',
		cmd: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'],
		// In CI, astro check exits with 0 when it cannot load its checker at all, so the step only
		// counts when the summary is there and says 0 errors and 0 warnings.
		verify: (output) => /Result \(\d+ files\)/.test(output) && /- 0 errors/.test(output) && /- 0 warnings/.test(output),
	},
	{ name: 'Unit-Tests (Vitest)', cmd: ['npx', 'vitest', 'run'] },
	{ name: 'Build mit Suchindex', cmd: ['npx', 'astro', 'build'], gate: true },
	// Size, request and CSP budgets (issue 14) the built files show without a browser (scripts/budgets.mjs).
	{ name: 'Budgets aus dem Build', cmd: ['node', 'scripts/budgets.mjs'], needsBuild: true },
	{ name: 'End-to-End-Tests (Playwright)', cmd: ['npx', 'playwright', 'test'], needsBuild: true },
];

/**
 * The closing lines: one per step (✓ ok, ✗ failed, – skipped) and the count. A step skipped
 * because the build failed counts as failed; one that cannot run here only as skipped.
 */
export function summary(results) {
	const mark = (r) => (r.status === 'ok' ? '✓' : r.skipped ? '–' : '✗');
	const lines = results.map(
		(r) => `${mark(r)} ${r.name}: ${r.status}${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}`,
	);
	const passed = results.filter((r) => r.status === 'ok').length;
	const skipped = results.filter((r) => r.skipped).length;
	const failed = results.length - passed - skipped;
	lines.push(`Prüfschritte: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
	return { lines, failed };
}

function run() {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const results = [];
	let buildOk = true;
	for (const step of steps) {
		if (step.needsBuild && !buildOk) {
			results.push({ name: step.name, status: 'übersprungen (Build fehlgeschlagen)' });
			continue;
		}
		console.log(`\n━━ ${step.name} ━━`);
		const reason = step.skipIf?.();
		if (reason) {
			console.log(`übersprungen: ${reason}`);
			results.push({ name: step.name, status: `übersprungen (${reason})`, skipped: true });
			continue;
		}
		const started = Date.now();
		const [bin, ...args] = step.cmd;
		const spawned = step.verify
			? spawnSync(bin, args, {
					stdio: ['inherit', 'pipe', 'pipe'],
					env,
					shell: process.platform === 'win32',
					encoding: 'utf8',
					maxBuffer: 64 * 1024 * 1024,
				})
			: spawnSync(bin, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
		if (step.verify) process.stdout.write(`${spawned.stdout ?? ''}${spawned.stderr ?? ''}`);
		// Colour codes are stripped before the summary is read.
		const plain = step.verify ? `${spawned.stdout ?? ''}${spawned.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '') : '';
		const ok = spawned.status === 0 && (!step.verify || step.verify(plain));
		if (step.gate) buildOk = ok;
		results.push({ name: step.name, status: ok ? 'ok' : 'FEHLER', seconds: Math.round((Date.now() - started) / 1000) });
	}
	console.log('\n━━ Zusammenfassung ━━');
	const { lines, failed } = summary(results);
	for (const line of lines) console.log(line);
	process.exit(failed === 0 ? 0 : 1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) run();
