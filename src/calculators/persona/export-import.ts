/**
 * The JSON file for „Exportieren“ and „Importieren“. The file names its format and schema version,
 * so an import can tell a persona file from any other JSON and upgrade old files. An import is
 * all-or-nothing: one bad persona rejects the whole file (the message names it), and the caller
 * changes nothing — the file itself is the reader's copy, so nothing is lost.
 */
import { runMigrations } from './migrate';
import { MAX_PERSONAS, personaSchema, PERSONA_VERSION, type Persona } from './schema';

export const EXPORT_FORMAT = 'social-media-praxis/personas';
/** Larger files are refused before parsing; hundreds of full personas stay far below this. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ExportFile {
	format: typeof EXPORT_FORMAT;
	version: number;
	exportedAt: string;
	personas: Persona[];
}

export type ImportError =
	| 'tooLarge'
	| 'json'
	| 'format'
	| 'versionMissing'
	| 'versionNotNumber'
	| 'versionInvalid'
	| 'version'
	| 'invalid'
	| 'empty';
export type ImportResult =
	| { ok: true; personas: Persona[] }
	| {
			ok: false;
			error: ImportError;
			/** For version errors: the version as written in the file. */
			version?: unknown;
			/** For `invalid`: the position (from 1) and name of the first persona that cannot be read. */
			position?: number;
			name?: string;
	  };

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

/** What is wrong with a version field, or `undefined` when this builder can read it. */
export function versionError(version: unknown): ImportError | undefined {
	if (version === undefined || version === null) return 'versionMissing';
	if (typeof version !== 'number') return 'versionNotNumber';
	if (!Number.isInteger(version) || version < 1) return 'versionInvalid';
	return version > PERSONA_VERSION ? 'version' : undefined;
}

/**
 * Read an export file; never throws. Ids that repeat (in the file or in the stored list) are
 * replaced when the personas are added, so they are no reason to refuse a file.
 */
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
	const list = file['personas'];
	if (file['format'] !== EXPORT_FORMAT || !Array.isArray(list)) return { ok: false, error: 'format' };
	const version = file['version'];
	const wrongVersion = versionError(version);
	if (wrongVersion) return { ok: false, error: wrongVersion, version };
	if (list.length === 0) return { ok: false, error: 'empty' };
	if (list.length > MAX_PERSONAS) return { ok: false, error: 'tooLarge' };
	const personas: Persona[] = [];
	for (const [i, item] of list.entries()) {
		const persona = personaSchema(runMigrations(item, version as number));
		if (!persona) {
			const name = (item as Record<string, unknown> | null)?.['name'];
			return { ok: false, error: 'invalid', position: i + 1, ...(typeof name === 'string' ? { name } : {}) };
		}
		personas.push(persona);
	}
	return { ok: true, personas };
}
