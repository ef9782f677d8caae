/**
 * The one CSV module of the site, for files that spreadsheet programs, survey tools and web
 * analytics write: UTF-8 with or without BOM (or Windows-1252 from old Excel), `;` (German
 * Excel), `,` or tab as separator, quoted fields with `""` escapes and line breaks inside quotes.
 * Reading keeps the physical line each record starts on, so messages can point to „Zeile 7“ as
 * the user sees it in an editor. Writing produces what German Excel opens without a dialog.
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

/**
 * Reads CSV one physical line at a time, so that splitting a single line (the posting-time
 * import streams large files line by line) and parsing a whole file share one implementation.
 * A quoted field may continue on the next line.
 */
export class CsvLineReader {
	private cells: string[] = [];
	private field = '';
	private quoted = false;
	private continued = false;

	constructor(readonly delimiter: Delimiter) {}

	/** True while a quoted field is open at the end of the last line. */
	get open(): boolean {
		return this.quoted;
	}

	/** Feed one line (without its line break); returns the record's cells once it is complete. */
	push(line: string): string[] | undefined {
		if (this.continued) this.field += '\n';
		for (let i = 0; i < line.length; i++) {
			const ch = line.charAt(i);
			if (this.quoted) {
				if (ch !== '"') this.field += ch;
				else if (line[i + 1] === '"') {
					this.field += '"';
					i++;
				} else this.quoted = false;
			} else if (ch === '"' && this.field.trim() === '') {
				// A quote opens a quoted field only at its start; elsewhere it is a literal character.
				this.quoted = true;
				this.field = '';
			} else if (ch === this.delimiter) {
				this.cells.push(this.field);
				this.field = '';
			} else this.field += ch;
		}
		this.continued = this.quoted;
		return this.quoted ? undefined : this.end();
	}

	/** The cells read so far (also of an unclosed quote); the reader starts a new record. */
	end(): string[] {
		const cells = [...this.cells, this.field];
		this.cells = [];
		this.field = '';
		this.quoted = false;
		this.continued = false;
		return cells;
	}
}

/** Split one line into its fields (a quote left open runs to the end of the line). */
export function splitCsvLine(line: string, delimiter: Delimiter): string[] {
	const reader = new CsvLineReader(delimiter);
	return reader.push(line) ?? reader.end();
}

/** Parse CSV text into records. Never throws; a missing closing quote is reported. */
export function parseCsv(input: string, knownDelimiter?: Delimiter): CsvTable {
	const text = input.startsWith(BOM) ? input.slice(1) : input;
	const delimiter = knownDelimiter ?? detectDelimiter(text);
	const reader = new CsvLineReader(delimiter);
	const records: CsvRecord[] = [];
	const keep = (line: number, cells: string[]): void => {
		if (cells.some((c) => c.trim() !== '')) records.push({ line, cells });
	};
	let start = 1;
	text.split(/\r\n|\n|\r/).forEach((physical, i) => {
		if (!reader.open) start = i + 1;
		const cells = reader.push(physical);
		if (cells) keep(start, cells);
	});
	const unclosedQuoteLine = reader.open ? start : null;
	if (reader.open) keep(start, reader.end());
	return { delimiter, records, unclosedQuoteLine };
}

/** Quote a value for CSV output when it contains the separator, a quote or a line break. */
export function quoteCsvField(value: string, delimiter: Delimiter = ';'): string {
	return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV file as German Excel opens it with a double click: `;` as separator, CRLF line ends and a
 * byte order mark, without which Excel reads the umlauts as Windows-1252.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: Delimiter = ';'): string {
	return `${BOM}${rows.map((row) => row.map((v) => quoteCsvField(v, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
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
