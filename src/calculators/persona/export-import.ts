/**
 * The JSON file for „Exportieren“ and „Importieren“. The file names its format and schema version,
 * so an import can tell a persona file from any other JSON and upgrade old files. An import is
 * all-or-nothing: one bad persona rejects the whole file, and the caller changes nothing.
 */
import { migratePersonaList } from './migrate';
import { MAX_PERSONAS, parsePersonaList, PERSONA_VERSION, type Persona } from './schema';

export const EXPORT_FORMAT = 'social-media-praxis/personas';
/** Larger files are refused before parsing; hundreds of full personas stay far below this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: number;
	exportedAt: string;
	personas: Persona[];
}

export type ImportError = 'tooLarge' | 'json' | 'format' | 'version' | 'invalid' | 'empty';
export type ImportResult = { ok: true; personas: Persona[] } | { ok: false; error: ImportError };

/** The export file as pretty-printed JSON (readable in an editor). */
export function serializeExport(personas: readonly Persona[], now: Date): string {
	const file: ExportFile = {
		format: EXPORT_FORMAT,
		version: PERSONA_VERSION,
		exportedAt: now.toISOString(),
		personas: [...personas],
	};
	return JSON.stringify(file, null, 2);
}

/** A file name such as `personas-2025-03-01.json`. */
export function exportFileName(now: Date): string {
	return `personas-${now.toISOString().slice(0, 10)}.json`;
}

/** Read an export file; never throws. */
export function parseImport(text: string): ImportResult {
	if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, error: 'json' };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: 'format' };
	const file = data as Record<string, unknown>;
	if (file['format'] !== EXPORT_FORMAT || !Array.isArray(file['personas'])) return { ok: false, error: 'format' };
	const version = file['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > PERSONA_VERSION) {
		return { ok: false, error: 'version' };
	}
	if (file['personas'].length === 0) return { ok: false, error: 'empty' };
	if (file['personas'].length > MAX_PERSONAS) return { ok: false, error: 'tooLarge' };
	const personas = parsePersonaList(migratePersonaList(file['personas'], version));
	return personas ? { ok: true, personas } : { ok: false, error: 'invalid' };
}
