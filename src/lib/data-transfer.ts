import { STORAGE_PREFIX } from './storage-keys';

/** Format of the file „Alle meine Daten exportieren“ writes. */
export const EXPORT_FORMAT = 'social-media-praxis-daten';
export const EXPORT_VERSION = 1;

export interface DataExport {
	format: typeof EXPORT_FORMAT;
	version: number;
	exportedAt: string;
	entries: Record<string, unknown>;
}

/** Wrap the stored entries into the export format. */
export function createExport(entries: Record<string, unknown>, now: Date): DataExport {
	return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), entries };
}

/**
 * Check an import file. Returns the entries to write (only `smp:` keys, values re-serialised) or a
 * German message; a bad file never yields a partial result.
 */
export function parseImport(text: string): { ok: true; entries: [string, string][] } | { ok: false; error: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'Die Datei ist kein gültiges JSON.' };
	}
	const d = data as Partial<DataExport> | null;
	if (!d || d.format !== EXPORT_FORMAT) {
		return { ok: false, error: 'Die Datei ist kein Export von Social Media Praxis.' };
	}
	if (d.version === undefined || d.version === null)
		return { ok: false, error: 'Die Datei nennt keine Versionsnummer.' };
	if (typeof d.version !== 'number') {
		return {
			ok: false,
			error: 'Die Versionsnummer der Datei ist keine Zahl, sondern Text – die Datei wurde wohl verändert.',
		};
	}
	if (!Number.isInteger(d.version) || d.version < 1) {
		return { ok: false, error: 'Die Versionsnummer der Datei ist ungültig: Gültig sind ganze Zahlen ab 1.' };
	}
	if (d.version > EXPORT_VERSION) {
		return { ok: false, error: 'Die Datei stammt aus einer neueren Version der Website.' };
	}
	if (typeof d.entries !== 'object' || d.entries === null || Array.isArray(d.entries)) {
		return { ok: false, error: 'Die Datei enthält keine Daten.' };
	}
	const entries: [string, string][] = [];
	for (const [key, value] of Object.entries(d.entries)) {
		if (!key.startsWith(STORAGE_PREFIX))
			return { ok: false, error: `Unbekannter Eintrag „${key}“ – die Datei wurde verändert.` };
		entries.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
	}
	return { ok: true, entries };
}
