/**
 * All of this site's keys in a Storage at once: for „Alle meine Daten exportieren“ and „Alle
 * meine Daten löschen“. Backups of unreadable values (`smp:sicherung:…`) are site data too.
 */
import { STORAGE_PREFIX } from './storage-keys';

function siteKeys(storage: Pick<Storage, 'length' | 'key'>): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
	}
	return keys;
}

/** All site data as one object, for the export button (JSON values parsed, others as text). */
export function collectStoredData(storage: Pick<Storage, 'length' | 'key' | 'getItem'>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of siteKeys(storage)) {
		const raw = storage.getItem(key);
		try {
			out[key] = raw === null ? null : JSON.parse(raw);
		} catch {
			out[key] = raw;
		}
	}
	return out;
}

/** Remove every key this site wrote, backups included; returns how many. */
export function deleteStoredData(storage: Pick<Storage, 'length' | 'key' | 'removeItem'>): number {
	const keys = siteKeys(storage);
	for (const key of keys) storage.removeItem(key);
	return keys.length;
}
