/**
 * Upgrades persona data written by an older schema version. Each step lifts the data by exactly
 * one version, so a file from any old version reaches the current one by running the chain.
 *
 * Version 1 is the first published shape, so the chain is still empty; the first breaking change
 * adds `STEPS[1]` (1 → 2) here and raises PERSONA_VERSION in schema.ts. Adding a field needs no
 * step, because personaSchema fills missing fields with their defaults.
 */
import { PERSONA_VERSION } from './schema';

/** One upgrade step for one persona: its next version's shape, or `undefined` if impossible. */
export type MigrationStep = (data: unknown) => unknown;

const STEPS: Readonly<Record<number, MigrationStep>> = {};

function isKnownVersion(from: number, to: number): boolean {
	return Number.isInteger(from) && from >= 1 && from <= to;
}

/**
 * Runs the steps for one persona from `fromVersion` up to `toVersion`. Returns `undefined` when a step is missing
 * or fails, so the caller can keep what it had instead of loading half-upgraded data.
 */
export function runMigrations(
	data: unknown,
	fromVersion: number,
	toVersion: number = PERSONA_VERSION,
	steps: Readonly<Record<number, MigrationStep>> = STEPS,
): unknown {
	if (!isKnownVersion(fromVersion, toVersion)) return undefined;
	let current = data;
	for (let v = fromVersion; v < toVersion; v++) {
		const step = steps[v];
		if (!step) return undefined;
		current = step(current);
		if (current === undefined) return undefined;
	}
	return current;
}

/** The `migrate` option of the persona store: upgrades every persona of a stored list. */
export function migratePersonaList(
	data: unknown,
	fromVersion: number,
	toVersion: number = PERSONA_VERSION,
	steps: Readonly<Record<number, MigrationStep>> = STEPS,
): unknown {
	// Checked here too, because an empty list would otherwise „migrate“ from any version.
	if (!Array.isArray(data) || !isKnownVersion(fromVersion, toVersion)) return undefined;
	const out: unknown[] = [];
	for (const item of data) {
		const migrated = runMigrations(item, fromVersion, toVersion, steps);
		if (migrated === undefined) return undefined;
		out.push(migrated);
	}
	return out;
}
