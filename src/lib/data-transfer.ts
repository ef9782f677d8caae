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

/** Why an import file was refused; the reader sees `daten.importErrors[code]` (src/i18n/de/daten.ts). */
export type ImportError =
	| { code: 'json' | 'format' | 'versionMissing' | 'versionText' | 'versionInvalid' | 'newer' | 'noEntries' }
	| { code: 'unknownKey'; key: string };

/**
 * Check an import file. Returns the entries to write (only `smp:` keys, values re-serialised) or
 * why it was refused; a bad file never yields a partial result.
 */
export function parseImport(
	text: string,
): { ok: true; entries: [string, string][] } | { ok: false; error: ImportError } {
	const refuse = (code: Exclude<ImportError['code'], 'unknownKey'>) => ({ ok: false as const, error: { code } });
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return refuse('json');
	}
	const d = data as Partial<DataExport> | null;
	if (!d || d.format !== EXPORT_FORMAT) return refuse('format');
	if (d.version === undefined || d.version === null) return refuse('versionMissing');
	if (typeof d.version !== 'number') return refuse('versionText');
	if (!Number.isInteger(d.version) || d.version < 1) return refuse('versionInvalid');
	if (d.version > EXPORT_VERSION) return refuse('newer');
	if (typeof d.entries !== 'object' || d.entries === null || Array.isArray(d.entries)) return refuse('noEntries');
	const entries: [string, string][] = [];
	for (const [key, value] of Object.entries(d.entries)) {
		if (!key.startsWith(STORAGE_PREFIX)) return { ok: false, error: { code: 'unknownKey', key } };
		entries.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
	}
	return { ok: true, entries };
}
