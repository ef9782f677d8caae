#!/usr/bin/env node
// The Node.js versions the project runs on, read from package.json `engines.node` – the one place
// that states them. `.ci/run` asks this script whether the machine's Node will do (run with
// `node scripts/node-version.mjs`: exit 0 if the running Node fits, 1 if not), so the CI and the
// declared minimum cannot drift apart. Written for old Node versions too: it has to give its
// answer on the machine's Node 20 before anything newer is provisioned.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The alternatives of an engines range as minimums: `^22.22.3` allows 22.x from 22.22.3,
 * `>=26.3.0` allows 26.3.0 and everything newer. Other forms are rejected rather than guessed at,
 * so a new way of writing the range fails the unit test instead of the CI check.
 */
export function minimums(range) {
	return range.split('||').map((part) => {
		const match = /^\s*(\^|>=)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?\s*$/.exec(part);
		if (!match) throw new Error(`Unbekannte Form in engines.node: „${part.trim()}“ (erlaubt: ^X.Y.Z oder >=X.Y.Z)`);
		const [major, minor, patch] = match.slice(2).map((n) => Number(n ?? 0));
		return { version: `${major}.${minor}.${patch}`, major, minor, patch, sameMajorOnly: match[1] === '^' };
	});
}

/** Whether `version` (e.g. `v24.16.0` or `22.22.3`) lies in the engines `range`. */
export function satisfies(version, range) {
	const [major, minor, patch] = version.replace(/^v/, '').split(/[.-]/).map(Number);
	return minimums(range).some((min) => {
		if (min.sameMajorOnly && major !== min.major) return false;
		if (major !== min.major) return major > min.major;
		if (minor !== min.minor) return minor > min.minor;
		return patch >= min.patch;
	});
}

/** `engines.node` from the project's package.json. */
export function enginesRange(root = fileURLToPath(new URL('..', import.meta.url))) {
	return JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).engines.node;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const range = enginesRange();
	const ok = satisfies(process.versions.node, range);
	console.log(`Node ${process.versions.node} ${ok ? 'passt zu' : 'passt nicht zu'} engines.node „${range}“.`);
	process.exit(ok ? 0 : 1);
}
