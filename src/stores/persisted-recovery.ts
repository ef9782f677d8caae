/**
 * What happens when a stored value cannot be read as it was (see versionedAtom in persisted.ts).
 * Importing this module switches it on for every store of the page. The calculator stores and
 * /datenschutz/ import it; reading pages do not, to stay within their JavaScript budget:
 * 1. the original string is copied to `smp:sicherung:<name>:<fingerprint>` — once, however often
 *    it is loaded — so that /datenschutz/ can offer it for download;
 * 2. only when that worked, the readable part (or the fallback) is used and written back;
 * 3. if the backup failed (storage full or blocked), the store stays read-only and the original
 *    stays where it is.
 */
import { fingerprint, salvageData } from '../lib/salvage';
import { BACKUP_PREFIX, STORAGE_PREFIX } from '../lib/storage-keys';
import { speicher } from '../i18n/de/speicher';
import { speicherTeile } from '../i18n/de/speicher-teile';
import { fillTemplate } from '../lib/template';
import { decodeEnvelope } from '../lib/envelope';
import { registerRecovery, report, slot, type StorageProblemKind, type Unreadable } from './persisted';

/** What a backup key holds; /datenschutz/ lists these (src/lib/backups.ts). */
export interface StoredBackup {
	key: string;
	label: string;
	kind: string;
	savedAt: string;
	raw: string;
}

/** Copy `raw` to its backup key; returns the key, or `undefined` when storage refused. */
function backUp<T>(u: Unreadable<T>, kind: string): string | undefined {
	const backupKey = `${BACKUP_PREFIX}${u.key.slice(STORAGE_PREFIX.length)}:${fingerprint(u.raw)}`;
	try {
		const target = slot(backupKey);
		if (target.get() === undefined) {
			const backup: StoredBackup = {
				key: u.key,
				label: u.options.label,
				kind,
				savedAt: new Date().toISOString(),
				raw: u.raw,
			};
			target.set(JSON.stringify({ v: 1, data: backup }));
		}
		return slot(backupKey).get() === undefined ? undefined : backupKey;
	} catch {
		return undefined;
	}
}

function recover<T>(u: Unreadable<T>): void {
	// A newer value arrived meanwhile (another tab); it is loaded on its own.
	if (slot(u.key).get() !== u.raw) return;
	const data = u.kind === 'invalid' ? decodeEnvelope(u.raw, u.fallback, u.options).data : undefined;
	const rescued = data === undefined ? undefined : salvageData(data, u.fallback, u.options);
	const kind: StorageProblemKind = rescued ? 'partial' : u.kind;
	const backupKey = backUp(u, kind);
	const detail = !rescued ? speicher[u.kind] : fillTemplate(speicherTeile.lost, { count: rescued.lost });
	const base = { key: u.key, kind, message: `${u.options.label}: ${detail}` };
	if (!backupKey) return report({ ...base, readOnly: true });
	u.settle(rescued ? rescued.value : u.fallback);
	report({ ...base, backupKey, readOnly: false });
}

registerRecovery(recover);
