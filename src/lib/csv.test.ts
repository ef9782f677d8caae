import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCsvBytes, detectDelimiter, formatCsv, parseCsv, quoteCsvField, splitCsvLine } from './csv';

describe('parseCsv', () => {
	it('reads semicolon-separated text with a BOM and CRLF line ends', () => {
		const table = parseCsv('\uFEFFa;b\r\n1;2\r\n');
		expect(table.delimiter).toBe(';');
		expect(table.records).toEqual([
			{ line: 1, cells: ['a', 'b'] },
			{ line: 2, cells: ['1', '2'] },
		]);
	});
	it('reads comma-separated text', () => {
		expect(parseCsv('a,b\n1,2').records.map((r) => r.cells)).toEqual([
			['a', 'b'],
			['1', '2'],
		]);
	});
	it('reads tab-separated text', () => {
		expect(parseCsv('a\tb\n1\t2').delimiter).toBe('\t');
	});
	it('handles quoted fields with separators, doubled quotes and line breaks', () => {
		const table = parseCsv('name,note\n"Müller, Anna","sagt ""ja""\nund nein"\nB,x');
		expect(table.records).toEqual([
			{ line: 1, cells: ['name', 'note'] },
			{ line: 2, cells: ['Müller, Anna', 'sagt "ja"\nund nein'] },
			{ line: 4, cells: ['B', 'x'] },
		]);
	});
	it('skips empty lines but keeps the physical line numbers', () => {
		const table = parseCsv('a;b\n\n1;2\n;\n   \n3;4\n');
		expect(table.records.map((r) => r.line)).toEqual([1, 3, 6]);
	});
	it('reports a quote that is never closed', () => {
		expect(parseCsv('a;b\n"1;2\n3;4').unclosedQuoteLine).toBe(2);
	});
	it('prefers the semicolon when the first line has no separator', () => {
		expect(detectDelimiter('spalte\n1')).toBe(';');
		expect(detectDelimiter('"a;b",c,d')).toBe(',');
	});
	it('round-trips any cell values through quoting', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
				(rows) => {
					const width = rows[0]?.length ?? 2;
					const grid = rows.map((r) => Array.from({ length: width }, (_, i) => `x${r[i] ?? ''}`));
					const text = grid.map((r) => r.map((c) => quoteCsvField(c, ';')).join(';')).join('\n');
					const parsed = parseCsv(text, ';');
					expect(parsed.records.map((r) => r.cells)).toEqual(grid);
				},
			),
		);
	});
});

describe('decodeCsvBytes', () => {
	it('reads UTF-8 and falls back to Windows-1252 for old Excel files', () => {
		expect(decodeCsvBytes(new TextEncoder().encode('wöchentlich'))).toBe('wöchentlich');
		expect(decodeCsvBytes(new Uint8Array([0x77, 0xf6, 0x63, 0x68]))).toBe('wöch');
	});
});

describe('splitCsvLine', () => {
	it('splits one line with quoted separators and doubled quotes, keeping spaces', () => {
		expect(splitCsvLine('"a;b";"say ""hi""";  c ', ';')).toEqual(['a;b', 'say "hi"', '  c ']);
		expect(splitCsvLine('nur eine Spalte', ';')).toEqual(['nur eine Spalte']);
		expect(splitCsvLine('"offen;bleibt', ';')).toEqual(['offen;bleibt']);
	});
});

describe('formatCsv', () => {
	it('writes BOM, semicolons, CRLF and quotes only where needed, and reads back the same cells', () => {
		const rows = [
			['Monat', 'Notiz'],
			['2026-01', 'Kampagne; „Winter“'],
			['2026-02', 'sagt "ja"\nund nein'],
		];
		const text = formatCsv(rows);
		expect(text.startsWith('\uFEFFMonat;Notiz\r\n2026-01;"Kampagne; „Winter“"\r\n')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text).records.map((r) => r.cells)).toEqual(rows);
	});
});
