import { describe, expect, it } from 'vitest';
import { fingerprint, salvage, salvageData } from './salvage';

const list = {
	version: 2,
	validate: (d: unknown) => (Array.isArray(d) && d.every((x) => typeof x === 'string') ? (d as string[]) : undefined),
	migrate: (d: unknown, from: number) => (from === 1 && typeof d === 'string' ? [d] : undefined),
};

interface Settings {
	hours: number;
	note: string;
}
const DEFAULTS: Settings = { hours: 8, note: '' };
const settings = {
	version: 1,
	validate: (d: unknown): Settings | undefined => {
		const v = d as Partial<Settings> | null;
		return v && typeof v.hours === 'number' && typeof v.note === 'string'
			? { hours: v.hours, note: v.note }
			: undefined;
	},
};

describe('salvageData', () => {
	it('keeps the readable items of a list and counts the rest', () => {
		expect(salvageData(['a', 1, 'b', null], [], list)).toEqual({ value: ['a', 'b'], lost: 2 });
	});
	it('puts one unreadable setting back to its default and keeps the others', () => {
		expect(salvageData({ hours: 'viele', note: 'x' }, DEFAULTS, settings)).toEqual({
			value: { hours: 8, note: 'x' },
			lost: 1,
		});
	});
	it('uses a store-specific salvage when there is one', () => {
		const options = { ...list, salvage: () => ({ value: ['gerettet'], lost: 3 }) };
		expect(salvageData([1], [], options)).toEqual({ value: ['gerettet'], lost: 3 });
	});
	it('keeps nothing from a primitive', () => {
		expect(salvageData(5, [], list)).toBeUndefined();
	});
});

describe('salvage', () => {
	const isStringMap = (c: unknown) =>
		typeof c === 'object' &&
		c !== null &&
		Object.values(c).every(
			(v) => typeof v === 'object' && v !== null && Object.values(v).every((x) => typeof x === 'string'),
		);
	it('goes into nested objects and drops what is empty afterwards', () => {
		expect(salvage({ a: { x: 'ok', y: 1 }, b: { z: 2 } }, {}, isStringMap)).toEqual({
			kept: { a: { x: 'ok' } },
			lost: 2,
		});
	});
	it('gives up when not even the empty shape is accepted', () => {
		expect(salvage([1], [], () => false)).toBeUndefined();
	});
});

describe('fingerprint', () => {
	it('is stable and tells different strings apart', () => {
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
		expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
		expect(fingerprint('')).toMatch(/^[0-9a-z]+$/);
	});
});
