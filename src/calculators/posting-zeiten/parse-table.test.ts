import { describe, expect, it } from 'vitest';
import { detectColumns, looksLikeHeader, parseCount, splitRow } from './parse-table';

const rows = (text: string, d: ';' | ',' | '\t') => text.split('\n').map((l) => splitRow(l, d));

describe('parse-table', () => {
	it('splits quoted fields', () => {
		expect(splitRow('"a;b";"say ""hi""";  c ', ';')).toEqual(['a;b', 'say "hi"', 'c']);
	});

	it('reads counts with German number format', () => {
		expect(['12', '1.234', '12,5', ''].map(parseCount)).toEqual([12, 1234, 12.5, undefined]);
		expect(parseCount('-3')).toBeUndefined();
	});

	it('recognises headers', () => {
		expect(looksLikeHeader(['Wochentag', 'Stunde', 'Anzahl'])).toBe(true);
		expect(looksLikeHeader(['Montag', '9', '12'])).toBe(false);
		expect(looksLikeHeader(['9h', '12'])).toBe(false);
	});

	it('finds the layout of each supported table', () => {
		expect(detectColumns(rows('2025-03-25T19:10:00+01:00;12\n2025-03-25T20:10:00+01:00;3', ';'), undefined)).toEqual({
			kind: 'timestamps',
			time: 0,
			count: 1,
		});
		expect(detectColumns(rows('7;2025-03-25T19:10\n8;2025-03-25T20:10', ';'), ['id', 'zeit'])).toEqual({
			kind: 'timestamps',
			time: 1,
			count: undefined,
		});
		expect(detectColumns(rows('Montag;9;12\nDienstag;10;3', ';'), ['Wochentag', 'Stunde', 'Besuche'])).toEqual({
			kind: 'weekday-hour',
			weekday: 0,
			hour: 1,
			count: 2,
		});
		expect(detectColumns(rows('0h,3,5\n1h,2,4', ','), ['label', 'nb_uniq_visitors', 'nb_visits'])).toEqual({
			kind: 'hours',
			hour: 0,
			count: 2,
		});
		expect(
			detectColumns(rows('Monday\t3\t5\nTuesday\t2\t4', '\t'), ['Bezeichnung', 'Eindeutige Besucher', 'Besuche']),
		).toEqual({ kind: 'weekdays', weekday: 0, count: 2 });
		expect(detectColumns(rows('a,b\nc,d', ','), undefined)).toBeUndefined();
		expect(detectColumns(rows('Montag\nDienstag', ','), undefined)).toBeUndefined();
	});
});
