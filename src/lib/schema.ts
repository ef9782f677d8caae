/**
 * Schemas for data the browser stores or a link carries: one definition gives both the TypeScript
 * type (`Infer`) and the check on load. A schema is a plain function that returns the cleaned value
 * or `undefined`, so it plugs straight into `EnvelopeOptions.validate` and never throws on hostile
 * input.
 *
 * Why not zod here: the content collections use zod at build time, but in the browser even a small
 * `zod/mini` schema costs 6.5 kB gzip, more than a whole chapter page's JavaScript budget (5 kB);
 * this module is well under 1 kB and covers what stored data needs.
 *
 * Objects drop unknown keys unless `exact` is set, so that a value never carries more than its type
 * says; lists are checked item by item (the repair in src/lib/salvage.ts keeps the readable ones).
 */
import { isRecord } from './is-record';

/** Checks an unknown value; returns the cleaned value, or `undefined` when it does not fit. */
export type Schema<T> = (value: unknown) => T | undefined;

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A property that may be missing from its object (never `undefined` when present). */
export interface OptionalSchema<T> extends Schema<T> {
	optional: true;
}

type Props = Record<string, Schema<unknown>>;
type OptionalKeys<P extends Props> = { [K in keyof P]: P[K] extends OptionalSchema<unknown> ? K : never }[keyof P];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<P extends Props> = Flat<
	{ [K in Exclude<keyof P, OptionalKeys<P>>]: Infer<P[K]> } & { [K in OptionalKeys<P>]?: Infer<P[K]> }
>;

export { isRecord };

export const boolean: Schema<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);

/** A string of at most `max` characters, optionally matching `pattern` (anchor it) and not blank. */
export const text =
	(max: number, pattern?: RegExp, nonBlank = false): Schema<string> =>
	(v) =>
		typeof v === 'string' && v.length <= max && (!pattern || pattern.test(v)) && (!nonBlank || v.trim() !== '')
			? v
			: undefined;

/** A finite number within [min, max]. */
export const decimal =
	(min: number, max: number): Schema<number> =>
	(v) =>
		typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : undefined;

/** A whole number within [min, max]. */
export const integer =
	(min: number, max: number): Schema<number> =>
	(v) =>
		Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : undefined;

/** One of the given strings or numbers. */
export const oneOf =
	<const T extends readonly (string | number)[]>(values: T): Schema<T[number]> =>
	(v) =>
		values.includes(v as T[number]) ? (v as T[number]) : undefined;

export const nullable =
	<T>(schema: Schema<T>): Schema<T | null> =>
	(v) =>
		v === null ? null : schema(v);

export const optional = <T>(schema: Schema<T>): OptionalSchema<T> =>
	Object.assign((v: unknown) => schema(v), { optional: true as const });

/** A value that may be missing (older data, a field added later): then `fallback()` is used. */
export const withDefault =
	<T>(schema: Schema<T>, fallback: () => NoInfer<T>): Schema<T> =>
	(v) =>
		v === undefined ? fallback() : schema(v);

/** A value of `schema` that also passes `test` (a rule across fields, a date that parses …). */
export const refine =
	<T>(schema: Schema<T>, test: (value: T) => boolean): Schema<T> =>
	(v) => {
		const out = schema(v);
		return out !== undefined && test(out) ? out : undefined;
	};

/** A value of `schema`, stored in a normal form (sorted, without duplicates …). */
export const transform =
	<T, U>(schema: Schema<T>, to: (value: T) => U): Schema<U> =>
	(v) => {
		const out = schema(v);
		return out === undefined ? undefined : to(out);
	};

/** The first schema that accepts the value. */
export const union =
	<S extends Schema<unknown>[]>(...schemas: S): Schema<Infer<S[number]>> =>
	(v) => {
		for (const schema of schemas) {
			const out = schema(v);
			if (out !== undefined) return out as Infer<S[number]>;
		}
		return undefined;
	};

/** An array of `min`…`max` items, each accepted by `item`. */
export const list =
	<T>(item: Schema<T>, max: number, min = 0): Schema<T[]> =>
	(v) => {
		if (!Array.isArray(v) || v.length < min || v.length > max) return undefined;
		const out: T[] = [];
		for (const x of v) {
			const ok = item(x);
			if (ok === undefined) return undefined;
			out.push(ok);
		}
		return out;
	};

/** Whether no two items share an id (a list rule for `refine`, also used by the content schemas). */
export const hasUniqueIds = (items: readonly { id: string }[]): boolean =>
	new Set(items.map((item) => item.id)).size === items.length;

/** A numeric list as a set: without duplicates, in ascending order. */
export const numberSet = (item: Schema<number>, max: number): Schema<number[]> =>
	transform(list(item, max), (xs) => [...new Set(xs)].sort((a, b) => a - b));

/** A string list as a set: without duplicates, sorted by code unit. */
export const textSet = (item: Schema<string>, max: number): Schema<string[]> =>
	transform(list(item, max), (xs) => [...new Set(xs)].sort());

/**
 * An object with the given properties, unknown keys dropped (`exact`: rejected). A missing
 * property is only allowed where its schema is `optional(…)`.
 */
export const object =
	<P extends Props>(props: P, exact = false): Schema<ObjectOf<P>> =>
	(v) => {
		if (!isRecord(v) || (exact && Object.keys(v).some((k) => !(k in props)))) return undefined;
		const out: Record<string, unknown> = {};
		for (const [key, schema] of Object.entries(props)) {
			if (v[key] === undefined && 'optional' in schema) continue;
			const ok = schema(v[key]);
			if (ok === undefined) return undefined;
			out[key] = ok;
		}
		return out as ObjectOf<P>;
	};

/** An object with exactly these keys (others dropped), each value accepted by `value`. */
export const byKey = <K extends string, T>(keys: readonly K[], value: Schema<T>): Schema<Record<K, T>> =>
	object(Object.fromEntries(keys.map((k) => [k, value]))) as Schema<Record<K, T>>;

/** A record of at most `max` entries whose keys match `key` and whose values `value` accepts. */
export const dict =
	<T>(key: RegExp, value: Schema<T>, max: number): Schema<Record<string, T>> =>
	(v) => {
		if (!isRecord(v)) return undefined;
		const entries = Object.entries(v);
		if (entries.length > max) return undefined;
		const out: Record<string, T> = {};
		for (const [k, x] of entries) {
			const ok = key.test(k) ? value(x) : undefined;
			if (ok === undefined) return undefined;
			out[k] = ok;
		}
		return out;
	};
