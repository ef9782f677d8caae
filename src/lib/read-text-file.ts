import { decodeCsvBytes } from './csv';

/** What a picked or dropped file offers (a `File`; tests pass a `Blob` with a name). */
export interface TextSource {
	readonly name: string;
	readonly size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export type TextFileResult =
	{ ok: true; name: string; text: string } | { ok: false; name: string; reason: 'tooLarge' | 'unreadable' };

/**
 * Read a file the reader chose as text, the same way in every calculator: refused before reading
 * when it is larger than `maxBytes` (so a wrong 2-GB file does not freeze the tab), decoded as
 * UTF-8 or, failing that, as Windows-1252 (German Excel's CSV), and never throwing – a file that
 * vanished or cannot be read since it was picked comes back as `unreadable`.
 */
export async function readTextFile(file: TextSource, maxBytes: number): Promise<TextFileResult> {
	if (file.size > maxBytes) return { ok: false, name: file.name, reason: 'tooLarge' };
	try {
		return { ok: true, name: file.name, text: decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) };
	} catch {
		return { ok: false, name: file.name, reason: 'unreadable' };
	}
}

/** The `accept` list of every CSV picker (Excel's export and plain text saved as .txt). */
export const CSV_ACCEPT = '.csv,.txt,text/csv,text/plain';
