import { describe, expect, it } from 'vitest';
import { decodeEnvelope } from '../../lib/envelope';
import { migratePersonaList, runMigrations, type MigrationStep } from './migrate';
import { createEmptyPersona, personaListSchema, PERSONA_VERSION } from './schema';

// A made-up history to exercise the chain: v1 stored „platforms“ as one comma-separated string,
// v2 renamed „motto“ to „quote“.
const steps: Record<number, MigrationStep> = {
	1: (d) => {
		if (typeof d !== 'object' || d === null) return undefined;
		const r = d as Record<string, unknown>;
		return {
			...r,
			platforms: typeof r['platforms'] === 'string' ? r['platforms'].split(',').map((s) => s.trim()) : [],
		};
	},
	2: (d) => {
		const { motto, ...rest } = d as Record<string, unknown>;
		return { ...rest, quote: motto };
	},
};

describe('runMigrations', () => {
	it('runs every step from the old to the new version', () => {
		expect(runMigrations({ platforms: 'A, B', motto: 'Hallo' }, 1, 3, steps)).toEqual({
			platforms: ['A', 'B'],
			quote: 'Hallo',
		});
		expect(runMigrations({ platforms: 'A', motto: 'x' }, 2, 3, steps)).toEqual({ platforms: 'A', quote: 'x' });
	});
	it('returns the data unchanged when it is current', () => {
		const data = { a: 1 };
		expect(runMigrations(data, 3, 3, steps)).toBe(data);
	});
	it('gives up when a step is missing or fails or the version is nonsense', () => {
		expect(runMigrations({}, 1, 4, steps)).toBeUndefined();
		expect(runMigrations(null, 1, 3, steps)).toBeUndefined();
		expect(runMigrations({}, 0, 3, steps)).toBeUndefined();
		expect(runMigrations({}, 1.5, 3, steps)).toBeUndefined();
		expect(runMigrations({}, 4, 3, steps)).toBeUndefined();
	});
});

describe('migratePersonaList', () => {
	it('migrates each persona and fails as a whole', () => {
		expect(migratePersonaList([{ platforms: 'X' }], 2, 3, steps)).toEqual([{ platforms: 'X', quote: undefined }]);
		expect(migratePersonaList([{}, null], 1, 3, steps)).toBeUndefined();
		expect(migratePersonaList('nope', 1, 3, steps)).toBeUndefined();
	});

	it('is wired into the store envelope: an unknown old version is reported', () => {
		const options = {
			version: PERSONA_VERSION,
			label: 'Personas',
			validate: personaListSchema,
			migrate: migratePersonaList,
		};
		const current = JSON.stringify({ v: PERSONA_VERSION, data: [createEmptyPersona('a', 'A', new Date(0))] });
		expect(decodeEnvelope(current, [], options).value).toHaveLength(1);
		const ancient = decodeEnvelope(JSON.stringify({ v: 0, data: [] }), [], options);
		expect(ancient).toEqual({ value: [], problem: 'format' });
	});
});
