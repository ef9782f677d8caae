/**
 * The backups of unreadable stored values (written by src/stores/persisted.ts), as /datenschutz/
 * lists them and offers them for download. A backup that cannot be parsed itself is still listed
 * with its raw text: nothing under a backup key is ever hidden or dropped.
 */
import { BACKUP_PREFIX } from './storage-keys';

export interface BackupEntry {
	/** The backup's own localStorage key. */
	backupKey: string;
	/** The key whose value was unreadable, e.g. `smp:personas`. */
	key: string;
	/** Name of what was stored („Personas“), or the key when unknown. */
	label: string;
	/** Why it was backed up (see ProblemKind in src/lib/envelope.ts), or `unbekannt`. */
	kind: string;
	/** When it was backed up (ISO 8601), or empty when unknown. */
	savedAt: string;
	/** The original stored text, unchanged. */
	raw: string;
}

const text = (v: unknown, fallback: string): string => (typeof v === 'string' ? v : fallback);

/** Read one backup key's value. */
export function readBackup(backupKey: string, value: string): BackupEntry {
	const fallbackKey = `smp:${backupKey.slice(BACKUP_PREFIX.length).replace(/:[^:]*$/, '')}`;
	let data: Record<string, unknown> | undefined;
	try {
		const parsed: unknown = JSON.parse(value);
		const inner = (parsed as { data?: unknown } | null)?.data;
		data = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
	} catch {
		data = undefined;
	}
	if (!data || typeof data['raw'] !== 'string') {
		return { backupKey, key: fallbackKey, label: fallbackKey, kind: 'unbekannt', savedAt: '', raw: value };
	}
	const key = text(data['key'], fallbackKey);
	return {
		backupKey,
		key,
		label: text(data['label'], key),
		kind: text(data['kind'], 'unbekannt'),
		savedAt: text(data['savedAt'], ''),
		raw: data['raw'],
	};
}

/** All backups in `storage`, newest first. */
export function listBackups(storage: Pick<Storage, 'length' | 'key' | 'getItem'>): BackupEntry[] {
	const out: BackupEntry[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		const value = key?.startsWith(BACKUP_PREFIX) ? storage.getItem(key) : null;
		if (key && value !== null) out.push(readBackup(key, value));
	}
	return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.backupKey.localeCompare(b.backupKey));
}

/**
 * The download for one backup: a JSON file that names what it is and carries the original text
 * unchanged (as a string, because it may not be valid JSON).
 */
export function backupFile(entry: BackupEntry): { name: string; content: string } {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(entry.savedAt)?.[0] ?? 'undatiert';
	const slug = entry.key.replace(/^smp:/, '').replace(/[^a-z0-9-]+/gi, '-');
	const content = JSON.stringify(
		{
			format: 'social-media-praxis/sicherung',
			key: entry.key,
			label: entry.label,
			kind: entry.kind,
			savedAt: entry.savedAt,
			raw: entry.raw,
		},
		null,
		2,
	);
	return { name: `sicherung-${slug}-${day}.json`, content };
}
