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

	it('keeps every readable persona and field when one field is bad, and backs up the original', async () => {
		const good = createExample('oldtimer');
		const raw = JSON.stringify({ v: PERSONA_VERSION, data: [{ id: 'a', name: 'A', goals: 5 }, good, 'kaputt'] });
		setTestStorageKey('smp:personas', raw);
		const { $personas, $storageProblems } = await load();
		expect($personas.get().map((p) => p.id)).toEqual(['a', good.id]);
		expect($personas.get()[0]).toMatchObject({ name: 'A', goals: '' });
		const problem = $storageProblems.get()[0];
		expect(problem).toMatchObject({ key: 'smp:personas', kind: 'partial', readOnly: false });
		expect(problem?.message).toMatch(/^Personas: 2 Angaben waren nicht lesbar/);
		expect(JSON.parse(getTestStorage()[problem?.backupKey ?? ''] ?? 'null').data.raw).toBe(raw);
	});

	it('keeps a persona with a text beyond the form limit (the 100.001-character case)', async () => {
		const long = { ...createExample('oldtimer'), goals: 'x'.repeat(100_001) };
		setTestStorageKey('smp:personas', JSON.stringify({ v: PERSONA_VERSION, data: [long] }));
		const { $personas, $storageProblems } = await load();
		expect($personas.get()[0]?.goals).toHaveLength(100_001);
		expect($storageProblems.get()).toEqual([]);
	});

	it('saves no text beyond its limit, whoever calls updatePersona', async () => {
		const { $personas, addPersona, updatePersona } = await load();
		const id = addPersona('A');
		updatePersona(id, (p) => ({ ...p, goals: 'kurz' }));
		updatePersona(id, (p) => ({ ...p, goals: 'x'.repeat(100_001), tone: 'freundlich' }));
		expect($personas.get()[0]).toMatchObject({ goals: 'kurz', tone: 'freundlich' });
		expect(stored('smp:personas')).toMatchObject({ data: [{ goals: 'kurz' }] });
	});

	it('leaves personas from a newer version untouched and keeps changes in memory only', async () => {
		const raw = JSON.stringify({ v: PERSONA_VERSION + 1, data: [{ id: 'z', name: 'Zukunft' }] });
		setTestStorageKey('smp:personas', raw);
		const { $personas, addPersona, $storageProblems } = await load();
		expect($personas.get()).toEqual([]);
		expect($storageProblems.get()[0]).toMatchObject({ kind: 'newer', readOnly: true });
		addPersona('Hier');
		expect($personas.get()).toHaveLength(1);
		expect(getTestStorage()['smp:personas']).toBe(raw);
		expect(Object.keys(getTestStorage()).some((k) => k.startsWith('smp:sicherung:'))).toBe(false);
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
