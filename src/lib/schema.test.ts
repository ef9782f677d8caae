import { describe, expect, expectTypeOf, it } from 'vitest';
import {
	boolean,
	byKey,
	decimal,
	dict,
	hasUniqueIds,
	integer,
	list,
	nullable,
	numberSet,
	object,
	oneOf,
	optional,
	refine,
	text,
	textSet,
	transform,
	union,
	withDefault,
	type Infer,
} from './schema';

describe('scalars', () => {
	it('text checks length, pattern and blankness', () => {
		expect(text(3)('abc')).toBe('abc');
		expect(text(3)('abcd')).toBeUndefined();
		expect(text(3)(3)).toBeUndefined();
		expect(text(10, /^[a-z]+$/)('abc')).toBe('abc');
		expect(text(10, /^[a-z]+$/)('ab1')).toBeUndefined();
		expect(text(10, undefined, true)('  ')).toBeUndefined();
		expect(text(10)('')).toBe('');
	});

	it('numbers must be finite and in range', () => {
		expect(decimal(0, 100)(12.5)).toBe(12.5);
		expect(decimal(0, 100)(Number.NaN)).toBeUndefined();
		expect(decimal(0, Number.POSITIVE_INFINITY)(Number.POSITIVE_INFINITY)).toBeUndefined();
		expect(decimal(0, 100)('5')).toBeUndefined();
		expect(integer(0, 6)(6)).toBe(6);
		expect(integer(0, 6)(7)).toBeUndefined();
		expect(integer(0, 6)(1.5)).toBeUndefined();
		expect(boolean(false)).toBe(false);
		expect(boolean(0)).toBeUndefined();
	});

	it('oneOf accepts only the listed values', () => {
		const view = oneOf(['a', 'b'] as const);
		expect(view('a')).toBe('a');
		expect(view('c')).toBeUndefined();
		expectTypeOf<Infer<typeof view>>().toEqualTypeOf<'a' | 'b'>();
	});
});

describe('combinators', () => {
	it('nullable, refine, transform and union', () => {
		expect(nullable(text(5))(null)).toBeNull();
		expect(nullable(text(5))(undefined)).toBeUndefined();
		const even = refine(integer(0, 10), (n) => n % 2 === 0);
		expect(even(4)).toBe(4);
		expect(even(3)).toBeUndefined();
		expect(transform(text(5), (s) => s.length)('abc')).toBe(3);
		const either = union(integer(0, 1), text(1));
		expect(either('x')).toBe('x');
		expect(either(1)).toBe(1);
		expect(either(2)).toBeUndefined();
	});

	it('withDefault fills only a missing value', () => {
		const s = withDefault(text(5), () => 'leer');
		expect(s(undefined)).toBe('leer');
		expect(s('abc')).toBe('abc');
		expect(s(null)).toBeUndefined();
	});

	it('lists are checked item by item, with bounds; sets are sorted and unique', () => {
		expect(list(integer(0, 9), 3)([1, 2])).toEqual([1, 2]);
		expect(list(integer(0, 9), 3)([1, 2, 3, 4])).toBeUndefined();
		expect(list(integer(0, 9), 3, 1)([])).toBeUndefined();
		expect(list(integer(0, 9), 3)([1, 'x'])).toBeUndefined();
		expect(numberSet(integer(0, 9), 10)([3, 1, 3, 10 - 8])).toEqual([1, 2, 3]);
		expect(textSet(text(5), 10)(['b', 'a', 'b'])).toEqual(['a', 'b']);
	});

	it('objects drop unknown keys, or reject them when exact; optional keys may be missing', () => {
		const point = object({ x: integer(0, 9), label: optional(text(5)) });
		expect(point({ x: 1, extra: true })).toEqual({ x: 1 });
		expect(point({ x: 1, label: 'a' })).toEqual({ x: 1, label: 'a' });
		expect(point({ label: 'a' })).toBeUndefined();
		expect(point({ x: 1, label: 5 })).toBeUndefined();
		expect(point([1])).toBeUndefined();
		expect(point(null)).toBeUndefined();
		expect(object({ x: integer(0, 9) }, true)({ x: 1, extra: true })).toBeUndefined();
		expectTypeOf<Infer<typeof point>>().toEqualTypeOf<{ x: number; label?: string }>();
	});

	it('byKey gives every listed key the same schema', () => {
		const fields = byKey(['a', 'b'] as const, text(2));
		expect(fields({ a: 'x', b: '', c: 1 })).toEqual({ a: 'x', b: '' });
		expect(fields({ a: 'x' })).toBeUndefined();
		expectTypeOf<Infer<typeof fields>>().toEqualTypeOf<Record<'a' | 'b', string>>();
	});

	it('hasUniqueIds finds a repeated id', () => {
		expect(hasUniqueIds([{ id: 'a' }, { id: 'b' }])).toBe(true);
		expect(hasUniqueIds([{ id: 'a' }, { id: 'a' }])).toBe(false);
	});

	it('dicts check keys, values and size', () => {
		const scores = dict(/^[a-z]+$/, integer(0, 9), 2);
		expect(scores({ a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
		expect(scores({ a: 1, b: 2, c: 3 })).toBeUndefined();
		expect(scores({ A: 1 })).toBeUndefined();
		expect(scores({ a: 10 })).toBeUndefined();
		expect(scores([])).toBeUndefined();
	});

	it('a getter that throws is not caught here (the envelope guards every validator)', () => {
		const hostile = Object.defineProperty({}, 'x', {
			enumerable: true,
			get() {
				throw new Error('boom');
			},
		});
		expect(() => object({ x: integer(0, 9) })(hostile)).toThrow('boom');
	});
});
