import { describe, expect, it } from 'vitest';
import {
	appendPersonas,
	neighbourAfterRemoval,
	pickActive,
	removeFromList,
	updateInList,
	withFreshId,
} from './persona-list';
import { createEmptyPersona, MAX_PERSONAS } from './schema';

const p = (id: string) => createEmptyPersona(id, id.toUpperCase(), new Date(0));
const counter = () => {
	let n = 0;
	return () => `new${++n}`;
};

describe('persona list', () => {
	it('keeps an id that is free and replaces one that is taken', () => {
		const a = p('a');
		expect(withFreshId([], a, counter())).toBe(a);
		expect(withFreshId([a], a, counter()).id).toBe('new1');
	});
	it('appends without overwriting, even for the same id', () => {
		const existing = { ...p('a'), goals: 'alt' };
		const incoming = { ...p('a'), goals: 'neu' };
		const { list, added } = appendPersonas([existing], [incoming], counter());
		expect(list).toHaveLength(2);
		expect(list[0]).toBe(existing);
		expect(list[1]).toMatchObject({ id: 'new1', goals: 'neu' });
		expect(added).toEqual(['new1']);
	});
	it('stops at the maximum number of personas', () => {
		const many = Array.from({ length: MAX_PERSONAS }, (_, i) => p(`p${i}`));
		expect(appendPersonas(many, [p('x')], counter()).added).toEqual([]);
	});
	it('updates one persona, keeps its id and stamps the time', () => {
		const list = [p('a'), p('b')];
		const out = updateInList(list, 'b', (x) => ({ ...x, id: 'evil', goals: 'Ziel' }), new Date('2025-05-05T00:00:00Z'));
		expect(out[0]).toBe(list[0]);
		expect(out[1]).toMatchObject({ id: 'b', goals: 'Ziel', updatedAt: '2025-05-05T00:00:00.000Z' });
	});
	it('removes and finds the neighbour to activate', () => {
		const list = [p('a'), p('b'), p('c')];
		expect(removeFromList(list, 'b').map((x) => x.id)).toEqual(['a', 'c']);
		expect(neighbourAfterRemoval(list, 'b')).toBe('c');
		expect(neighbourAfterRemoval(list, 'c')).toBe('b');
		expect(neighbourAfterRemoval([p('a')], 'a')).toBeNull();
	});
	it('falls back to the first persona when the active id is unknown', () => {
		const list = [p('a'), p('b')];
		expect(pickActive(list, 'b')?.id).toBe('b');
		expect(pickActive(list, 'zzz')?.id).toBe('a');
		expect(pickActive([], null)).toBeUndefined();
	});
});
