/**
 * Random ids for personas and sections. `crypto.randomUUID` only exists in secure contexts, so a
 * page opened over plain http from a LAN address falls back to `getRandomValues`.
 */
export function createId(): string {
	const c = globalThis.crypto;
	if (typeof c?.randomUUID === 'function') return c.randomUUID().replace(/-/g, '').slice(0, 20);
	const bytes = new Uint8Array(10);
	c.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
