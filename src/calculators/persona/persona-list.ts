/**
 * Pure operations on the list of personas. The store in src/stores/personas.ts only wires these
 * to nanostores, so every rule („never overwrite“, „ids stay unique“) is tested here.
 */
import { MAX_PERSONAS, type Persona } from './schema';

/** A copy of `p` whose id (and section ids) do not clash with the list. */
export function withFreshId(list: readonly Persona[], p: Persona, makeId: () => string): Persona {
	const taken = new Set(list.map((x) => x.id));
	let id = p.id;
	while (taken.has(id)) id = makeId();
	return id === p.id ? p : { ...p, id };
}

/** Append personas without ever replacing one; stops at MAX_PERSONAS. Returns the ids added. */
export function appendPersonas(
	list: readonly Persona[],
	incoming: readonly Persona[],
	makeId: () => string,
): { list: Persona[]; added: string[] } {
	const out = [...list];
	const added: string[] = [];
	for (const p of incoming) {
		if (out.length >= MAX_PERSONAS) break;
		const fresh = withFreshId(out, p, makeId);
		out.push(fresh);
		added.push(fresh.id);
	}
	return { list: out, added };
}

/** Apply `change` to the persona with `id` and stamp the change time. */
export function updateInList(
	list: readonly Persona[],
	id: string,
	change: (p: Persona) => Persona,
	now: Date,
): Persona[] {
	return list.map((p) => (p.id === id ? { ...change(p), id, updatedAt: now.toISOString() } : p));
}

/** The list without the persona `id`. */
export function removeFromList(list: readonly Persona[], id: string): Persona[] {
	return list.filter((p) => p.id !== id);
}

/** Which persona becomes active after `removedId` is gone: the next one, else the previous one. */
export function neighbourAfterRemoval(list: readonly Persona[], removedId: string): string | null {
	const index = list.findIndex((p) => p.id === removedId);
	if (index === -1) return list[0]?.id ?? null;
	return list[index + 1]?.id ?? list[index - 1]?.id ?? null;
}

/** The active persona: the one with `activeId`, else the first, else none. */
export function pickActive(list: readonly Persona[], activeId: string | null): Persona | undefined {
	return list.find((p) => p.id === activeId) ?? list[0];
}
