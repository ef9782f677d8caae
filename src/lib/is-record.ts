/**
 * A plain object (not null, not an array). Its own module because every page's stores use it and
 * the chapter pages' JavaScript budget (5 kB) has no room for the rest of src/lib/schema.ts.
 */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
