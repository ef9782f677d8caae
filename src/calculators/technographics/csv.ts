/**
 * A small CSV reader for files that spreadsheet programs and survey tools write: UTF-8 with or
 * without BOM, `;` (German Excel), `,` or tab as separator, quoted fields with `""` escapes and
 * line breaks inside quotes. Every record keeps the physical line it starts on, so that messages
 * can point to „Zeile 7“ as the user sees it in an editor.
 */

export type Delimiter = ';' | ',' | '\t';

export interface CsvRecord {
	/** 1-based line number where the record starts. */
	line: number;
	cells: string[];
}

export interface CsvTable {
	delimiter: Delimiter;
	/** Non-empty records in file order; blank lines are dropped. */
	records: CsvRecord[];
	/** Line of a quote that is never closed; the rest of the file was read as one field. */
	unclosedQuoteLine: number | null;
}

const BOM = '\uFEFF';

/** Guess the separator from the first non-empty line: the most frequent of `;`, `,` and tab outside quotes. */
export function detectDelimiter(text: string): Delimiter {
	const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
	const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (const ch of firstLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
	}
	// On a tie (e.g. a single column) prefer `;`, the separator German spreadsheets write.
	const order: Delimiter[] = [';', '\t', ','];
	return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ';' as Delimiter);
}

/** Parse CSV text into records. Never throws; a missing closing quote is reported. */
export function parseCsv(input: string, knownDelimiter?: Delimiter): CsvTable {
	const text = input.startsWith(BOM) ? input.slice(1) : input;
	const delimiter = knownDelimiter ?? detectDelimiter(text);
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let field = '';
	let quoted = false;
	let quoteLine = 0;
	let line = 1;
	let recordLine = 1;

	const endRecord = (): void => {
		cells.push(field);
		if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
		cells = [];
		field = '';
	};

	for (let i = 0; i < text.length; i++) {
		const ch = text.charAt(i);
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else {
					quoted = false;
				}
			} else {
				if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
				field += ch;
			}
		} else if (ch === '"' && field.trim() === '') {
			// A quote opens a quoted field only at its start; elsewhere it is a literal character.
			quoted = true;
			quoteLine = line;
			field = '';
		} else if (ch === delimiter) {
			cells.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else {
			field += ch;
		}
	}
	const unclosedQuoteLine = quoted ? quoteLine : null;
	endRecord();
	return { delimiter, records, unclosedQuoteLine };
}

/** Quote a value for CSV output when it contains the separator, a quote or a line break. */
export function quoteCsvField(value: string, delimiter: Delimiter = ';'): string {
	return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Decode file bytes: UTF-8 when valid, otherwise Windows-1252, which German Excel still writes
 * for „CSV (Trennzeichen-getrennt)“. Without the fallback, „wöchentlich“ would arrive garbled.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}
