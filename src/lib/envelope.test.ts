import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './envelope';

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

describe('decodeEnvelope', () => {
	it('accepts a valid current envelope', () => {
		expect(decodeEnvelope('{"v":2,"data":["a"]}', [], list)).toEqual({ value: ['a'] });
	});
	it('migrates an older version', () => {
		expect(decodeEnvelope('{"v":1,"data":"a"}', [], list)).toEqual({ value: ['a'] });
	});
	it.each([
		['not json', 'json'],
		['[1,2]', 'format'],
		['{"data":[]}', 'format'],
		['{"v":"2","data":[]}', 'format'],
		['{"v":0,"data":[]}', 'format'],
		['{"v":1.5,"data":[]}', 'format'],
		['{"v":2}', 'format'],
		['{"v":3,"data":[]}', 'newer'],
		['{"v":1,"data":5}', 'old'],
		['5', 'format'],
	])('falls back and names the problem for %s', (raw, problem) => {
		expect(decodeEnvelope(raw, ['x'], list)).toEqual({ value: ['x'], problem });
	});
	it('names invalid data and hands it on for salvage', () => {
		expect(decodeEnvelope('{"v":2,"data":["a",1]}', [], list)).toEqual({
			value: [],
			problem: 'invalid',
			data: ['a', 1],
		});
	});
	it('gives a missing setting its default without calling it a problem', () => {
		expect(decodeEnvelope('{"v":1,"data":{"note":"x"}}', DEFAULTS, settings)).toEqual({
			value: { hours: 8, note: 'x' },
		});
	});
	it('treats a validator that throws as „invalid“', () => {
		const throwing = {
			version: 1,
			validate: () => {
				throw new Error('boom');
			},
		};
		expect(decodeEnvelope('{"v":1,"data":1}', 0, throwing)).toMatchObject({ value: 0, problem: 'invalid' });
	});
	it('round-trips what encodeEnvelope writes', () => {
		expect(decodeEnvelope(encodeEnvelope(2, ['a', 'b']), [], list)).toEqual({ value: ['a', 'b'] });
	});
});
