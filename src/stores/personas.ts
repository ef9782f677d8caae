/**
 * The personas of the persona builder, shared with the posting-time calculator.
 *
 * Stored shape (localStorage, see persisted.ts):
 * - `smp:personas` → `{ v: PERSONA_VERSION, data: Persona[] }`, validated by personaListSchema on
 *   load and upgraded by migratePersonaList. Validation is per persona and per field: what cannot
 *   be read is reported, the original is kept under a backup key (persisted.ts), the rest loads.
 * - `smp:persona-aktiv` → `{ v: 1, data: string | null }`, the id of the persona being edited.
 *
 * Other calculators read `$activePersona` (e.g. `persona.schedule`, a WeeklySchedule) and never
 * write here. Every rule about the list lives in calculators/persona/persona-list.ts.
 */
import { computed } from 'nanostores';
import { createExample, type ExampleId } from '../calculators/persona/examples';
import { createId } from '../calculators/persona/ids';
import { migratePersonaList } from '../calculators/persona/migrate';
import {
	appendPersonas,
	neighbourAfterRemoval,
	pickActive,
	removeFromList,
	updateInList,
} from '../calculators/persona/persona-list';
import {
	createEmptyPersona,
	personaListSchema,
	PERSONA_VERSION,
	type Persona,
	type PersonaKind,
} from '../calculators/persona/schema';
import { keepWithinLimits } from '../calculators/persona/validate';
import { deleteStoredData } from '../lib/stored-data';
import { nullable, text } from '../lib/schema';
import { versionedAtom } from './persisted';
// Calculator pages can afford the repair of unreadable stored data (reading pages cannot).
import './persisted-recovery';

export type { Persona, PersonaKind } from '../calculators/persona/schema';

export const $personas = versionedAtom<Persona[]>('personas', [], {
	version: PERSONA_VERSION,
	validate: personaListSchema,
	migrate: migratePersonaList,
	label: 'Personas',
});

export const $activePersonaId = versionedAtom<string | null>('persona-aktiv', null, {
	version: 1,
	validate: nullable(text(64)),
	label: 'Aktive Persona',
});

/** The persona being edited: the chosen one, else the first, else `undefined`. */
export const $activePersona = computed([$personas, $activePersonaId], (list, id) => pickActive(list, id));

/** Create an empty persona, make it active and return its id. */
export function addPersona(name: string, kind: PersonaKind = 'b2c', now = new Date()): string {
	const { list, added } = appendPersonas($personas.get(), [createEmptyPersona(createId(), name, now, kind)], createId);
	$personas.set(list);
	const id = added[0] ?? null;
	if (id) $activePersonaId.set(id);
	return id ?? '';
}

/**
 * Change one persona; `change` gets the current persona and returns the new one. This is the
 * point of saving, so the length limits hold here (see keepWithinLimits), whatever the caller.
 */
export function updatePersona(id: string, change: (p: Persona) => Persona, now = new Date()): void {
	$personas.set(updateInList($personas.get(), id, (p) => keepWithinLimits(p, change(p)), now));
}

/** Delete one persona and activate its neighbour. */
export function removePersona(id: string): void {
	const list = $personas.get();
	const next = neighbourAfterRemoval(list, id);
	$personas.set(removeFromList(list, id));
	if ($activePersonaId.get() === id || next === null) $activePersonaId.set(next);
}

/** Choose the persona to edit. */
export function setActivePersona(id: string): void {
	if ($personas.get().some((p) => p.id === id)) $activePersonaId.set(id);
}

/** Add personas from an import or a share link; existing ones are never replaced. */
export function importPersonas(incoming: readonly Persona[], now = new Date()): string[] {
	const stamped = incoming.map((p) => ({ ...p, updatedAt: now.toISOString() }));
	const { list, added } = appendPersonas($personas.get(), stamped, createId);
	$personas.set(list);
	const first = added[0];
	if (first) $activePersonaId.set(first);
	return added;
}

/** Add a fresh copy of an example persona and make it active. */
export function loadExample(example: ExampleId, now = new Date()): string {
	return importPersonas([{ ...createExample(example), id: createId() }], now)[0] ?? '';
}

/** What „Alle meine Daten löschen“ removed, for the confirmation message. */
export interface DeletionReport {
	personas: number;
	keys: number;
}

/**
 * Remove every key this site stored (all calculators, progress, settings), not only personas.
 * The stores are reset first, because setting a persistent store writes its key again.
 */
export function deleteAllMyData(storage: Storage): DeletionReport {
	const personas = $personas.get().length;
	$personas.set([]);
	$activePersonaId.set(null);
	return { personas, keys: deleteStoredData(storage) };
}
