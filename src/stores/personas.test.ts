import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { createExample } from '../calculators/persona/examples';
import { createEmptyPersona, PERSONA_VERSION } from '../calculators/persona/schema';

// The persistent atoms read storage when the module is evaluated, so each test seeds the test
// storage first and then imports a fresh copy of the store.
async function load() {
	vi.resetModules();
	const store = await import('./personas');
	const persisted = await import('./persisted');
	return { ...store, $storageProblems: persisted.$storageProblems };
}

const stored = (key: string): unknown => JSON.parse(getTestStorage()[key] ?? 'null');

beforeEach(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

describe('$personas', () => {
	it('starts empty and stores a new persona in a versioned envelope', async () => {
		const { $personas, $activePersona, addPersona } = await load();
		expect($personas.get()).toEqual([]);
		expect($activePersona.get()).toBeUndefined();
		const id = addPersona('Neue Persona', 'b2b');
		expect(stored('smp:personas')).toMatchObject({
			v: PERSONA_VERSION,
			data: [{ id, name: 'Neue Persona', kind: 'b2b' }],
		});
		expect(stored('smp:persona-aktiv')).toEqual({ v: 1, data: id });
		expect($activePersona.get()?.id).toBe(id);
	});

	it('reads stored personas back, including the schedule other calculators use', async () => {
		const persona = createExample('oldtimer');
		setTestStorageKey('smp:personas', JSON.stringify({ v: PERSONA_VERSION, data: [persona] }));
		setTestStorageKey('smp:persona-aktiv', JSON.stringify({ v: 1, data: persona.id }));
		const { $activePersona } = await load();
		expect($activePersona.get()?.schedule).toEqual(persona.schedule);
	});

	it('reports corrupt data and falls back to an empty list', async () => {
		setTestStorageKey('smp:personas', JSON.stringify({ v: PERSONA_VERSION, data: [{ id: 'a', goals: 5 }] }));
		const { $personas, $storageProblems } = await load();
		expect($personas.get()).toEqual([]);
		expect($storageProblems.get()).toEqual([
			{ key: 'smp:personas', message: expect.stringMatching(/^Personas: .*zurückgesetzt/) },
		]);
	});

	it('updates, activates and removes personas', async () => {
		const { $personas, $activePersonaId, addPersona, updatePersona, removePersona, setActivePersona } = await load();
		const a = addPersona('A');
		const b = addPersona('B');
		updatePersona(a, (p) => ({ ...p, goals: 'Mehr Reichweite' }));
		expect($personas.get()[0]?.goals).toBe('Mehr Reichweite');
		setActivePersona('unbekannt');
		expect($activePersonaId.get()).toBe(b);
		setActivePersona(a);
		removePersona(a);
		expect($activePersonaId.get()).toBe(b);
		removePersona(b);
		expect($personas.get()).toEqual([]);
		expect($activePersonaId.get()).toBeNull();
	});

	it('imports and loads examples as new personas without overwriting', async () => {
		const { $personas, importPersonas, loadExample } = await load();
		const mine = { ...createEmptyPersona('same', 'Meine', new Date(0)), goals: 'bleibt' };
		importPersonas([mine]);
		const added = importPersonas([{ ...mine, goals: 'fremd' }]);
		expect(added).toHaveLength(1);
		expect(added[0]).not.toBe('same');
		expect($personas.get().find((p) => p.id === 'same')?.goals).toBe('bleibt');
		loadExample('geschirr');
		loadExample('geschirr');
		expect($personas.get().filter((p) => p.origin === 'beispiel')).toHaveLength(2);
	});

	it('deletes all site data and says how much', async () => {
		setTestStorageKey('smp:progress', '{"v":1,"data":{}}');
		const { $personas, addPersona, deleteAllMyData } = await load();
		addPersona('A');
		const storage = {
			get length() {
				return Object.keys(getTestStorage()).length;
			},
			key: (i: number) => Object.keys(getTestStorage())[i] ?? null,
			removeItem: (k: string) => void delete getTestStorage()[k],
		} as Storage;
		const report = deleteAllMyData(storage);
		expect(report.personas).toBe(1);
		expect(report.keys).toBeGreaterThanOrEqual(3);
		expect(getTestStorage()).toEqual({});
		expect($personas.get()).toEqual([]);
	});
});
