import { describe, expect, it } from 'vitest';
import { collectStoredData, decodeEnvelope, deleteStoredData } from './persisted';

const options = {
	version: 2,
	label: 'Test',
	validate: (d: unknown) => (Array.isArray(d) && d.every((x) => typeof x === 'string') ? (d as string[]) : undefined),
	migrate: (d: unknown, from: number) => (from === 1 && typeof d === 'string' ? [d] : undefined),
};

describe('decodeEnvelope', () => {
	it('accepts a valid current envelope', () => {
		expect(decodeEnvelope('{"v":2,"data":["a"]}', [], options)).toEqual({ value: ['a'] });
	});
	it('migrates an older version', () => {
		expect(decodeEnvelope('{"v":1,"data":"a"}', [], options)).toEqual({ value: ['a'] });
	});
	it.each([
		['not json', /kein gültiges JSON/],
		['[1,2]', /kein bekanntes Format/],
		['{"v":3,"data":[]}', /neueren Version/],
		['{"v":1,"data":5}', /alten Version/],
		['{"v":2,"data":[1]}', /ungültig/],
	])('falls back and explains for %s', (raw, message) => {
		const result = decodeEnvelope(raw, ['x'], options);
		expect(result.value).toEqual(['x']);
		expect(result.problem).toMatch(message);
	});
});

describe('stored data helpers', () => {
	function fakeStorage(entries: Record<string, string>): Storage {
		const map = new Map(Object.entries(entries));
		return {
			get length() {
				return map.size;
			},
			key: (i: number) => [...map.keys()][i] ?? null,
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k),
			clear: () => map.clear(),
		};
	}
	it('collects and deletes only the site keys', () => {
		const storage = fakeStorage({ 'smp:a': '{"v":1,"data":1}', 'smp:b': 'raw', other: 'keep' });
		expect(collectStoredData(storage)).toEqual({ 'smp:a': { v: 1, data: 1 }, 'smp:b': 'raw' });
		expect(deleteStoredData(storage)).toBe(2);
		expect(storage.getItem('other')).toBe('keep');
		expect(storage.length).toBe(1);
	});
});
