#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest. Each step runs even
// if an earlier one failed (except the end-to-end tests, which need a successful build), so one
// run shows everything that is wrong.
import { spawnSync } from 'node:child_process';

const steps = [
	{ name: 'Wörtliche Übernahmen (check-verbatim)', cmd: ['node', 'scripts/verbatim.mjs'] },
	{ name: 'Lint (ESLint)', cmd: ['npx', 'eslint', '.', '--max-warnings', '0'] },
	{
		name: 'Typprüfung (astro check)',
		cmd: ['npx', 'astro', 'check', '--minimumSeverity', 'warning'],
		// In CI, astro check exits with 0 when it cannot load its checker at all, so the step only
		// counts when the summary is there and says 0 errors and 0 warnings.
		verify: (output) => /Result \(\d+ files\)/.test(output) && /- 0 errors/.test(output) && /- 0 warnings/.test(output),
	},
	{ name: 'Unit-Tests (Vitest)', cmd: ['npx', 'vitest', 'run'] },
	{ name: 'Build mit Suchindex', cmd: ['npx', 'astro', 'build'], gate: true },
	// Size, request and CSP budgets of issue 14 that the built files show without a browser.
	{ name: 'Budgets aus dem Build', cmd: ['node', 'scripts/budgets.mjs'], needsBuild: true },
	{ name: 'End-to-End-Tests (Playwright)', cmd: ['npx', 'playwright', 'test'], needsBuild: true },
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const results = [];
let buildOk = true;
for (const step of steps) {
	if (step.needsBuild && !buildOk) {
		results.push({ name: step.name, status: 'übersprungen (Build fehlgeschlagen)' });
		continue;
	}
	console.log(`\n━━ ${step.name} ━━`);
	const started = Date.now();
	const [bin, ...args] = step.cmd;
	const run = step.verify
		? spawnSync(bin, args, { stdio: ['inherit', 'pipe', 'pipe'], env, shell: process.platform === 'win32', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
		: spawnSync(bin, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
	if (step.verify) process.stdout.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
	// Colour codes are stripped before the summary is read.
	const plain = step.verify ? `${run.stdout ?? ''}${run.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '') : '';
	const ok = run.status === 0 && (!step.verify || step.verify(plain));
	if (step.gate) buildOk = ok;
	results.push({ name: step.name, status: ok ? 'ok' : 'FEHLER', seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n━━ Zusammenfassung ━━');
for (const r of results) console.log(`${r.status === 'ok' ? '✓' : '✗'} ${r.name}: ${r.status}${r.seconds !== undefined ? ` (${r.seconds} s)` : ''}`);
const failed = results.filter((r) => r.status !== 'ok').length;
console.log(`Prüfschritte: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
