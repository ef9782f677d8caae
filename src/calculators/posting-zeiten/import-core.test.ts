import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createImporter, expectedFamily, type ImportSummary } from './import-core';
import { buildAudience } from './audience';
import { toSlot } from './week';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/posting-zeiten/${name}`, import.meta.url), 'utf8');

function run(text: string, fileName = 'test.csv', filterBots = true, chunk = 1 << 16): ImportSummary {
	const importer = createImporter({ fileName, filterBots });
	for (let i = 0; i < text.length; i += chunk) importer.push(text.slice(i, i + chunk));
	return importer.end();
}

const peak = (s: ImportSummary) => {
	const week = buildAudience([s], 'Europe/Berlin').week;
	return week.indexOf(Math.max(...week));
};

describe('access logs', () => {
	it('reads the fixture, reports bad lines with numbers and leaves out bots and files', () => {
		const s = run(fixture('access.log'), 'access.log');
		expect(s.format).toBe('access-log');
		expect(s.skipped).toBe(2);
		expect(s.reasons.date).toBe(2);
		expect(s.samples.map((b) => b.line)).toEqual([21, 31]);
		expect(s.samples[1]?.text).toBe('kaputte Zeile ohne Datum');
		expect(s.filtered).toBe(3);
		expect(s.records).toBe(s.lines - s.skipped - s.filtered);
		expect(s.records).toBe(4 * 7 * 5 + 4 * 20);
		expect(peak(s)).toBe(toSlot(1, 19));
	});

	it('counts bots and files when the filter is off', () => {
		expect(run(fixture('access.log'), 'access.log', false).filtered).toBe(0);
	});

	it('puts winter and summer evenings into the same local hour', () => {
		const s = run(fixture('access.log'), 'access.log');
		const week = buildAudience([s], 'Europe/Berlin').week;
		expect(week[toSlot(1, 19)]).toBe(80);
		expect(week[toSlot(1, 18)]).toBe(0);
		expect(week[toSlot(1, 20)]).toBe(0);
		// In New York the same visits fall on Tuesday at 13 h (winter) and 13 h (summer).
		expect(buildAudience([s], 'America/New_York').week[toSlot(1, 13)]).toBe(80);
	});

	const lines = fixture('access.log')
		.split('\n')
		.filter((l) => l.startsWith('203.0.113.7'));

	it('gives the same week for any order of lines and any chunk size', () => {
		const reference = buildAudience([run(lines.join('\n'), 'a.log')], 'Europe/Berlin').week;
		fc.assert(
			fc.property(
				fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
				fc.integer({ min: 1, max: 5000 }),
				fc.boolean(),
				(shuffled, chunk, crlf) => {
					const s = run(shuffled.join(crlf ? '\r\n' : '\n'), 'a.log', true, chunk);
					expect(Array.from(buildAudience([s], 'Europe/Berlin').week)).toEqual(Array.from(reference));
				},
			),
			{ numRuns: 40 },
		);
	});
});

describe('CSV exports', () => {
	it('reads timestamps with and without offset, with counts and bad rows', () => {
		const s = run(fixture('zeitstempel.csv'));
		expect(s.format).toBe('timestamps');
		expect(s.header).toBe('Zeitpunkt;Anzahl');
		expect(s.records).toBe(7);
		expect(s.total).toBe(12 + 8 + 9 + 6 + 10 + 3 + 2);
		expect(s.reasons).toMatchObject({ date: 2, count: 1 });
		expect(s.samples.map((b) => [b.line, b.reason])).toEqual([
			[9, 'date'],
			[10, 'count'],
			[11, 'date'],
		]);
		const week = buildAudience([s], 'Europe/Berlin').week;
		expect(week[toSlot(1, 19)]).toBe(12 + 8 + 9 + 6 + 10);
	});

	it('reads weekday × hour tables in German and English', () => {
		const de = run(fixture('wochentag-stunde.csv'));
		expect(de.format).toBe('weekday-hour');
		expect(de.records).toBe(168);
		expect(de.samples.map((b) => [b.line, b.reason])).toEqual([
			[170, 'weekday'],
			[171, 'hour'],
			[172, 'count'],
		]);
		expect(peak(de)).toBe(toSlot(1, 19));
		const en = run(fixture('weekday-hour.csv'));
		expect(en.format).toBe('weekday-hour');
		expect(en.skipped).toBe(0);
		expect(peak(en)).toBe(toSlot(1, 19));
	});

	it('combines Matomo reports per hour and per weekday', () => {
		const utf16 = new TextDecoder('utf-16le').decode(
			readFileSync(new URL('../../../tests/fixtures/posting-zeiten/matomo-uhrzeit.csv', import.meta.url)),
		);
		const hours = run(utf16);
		expect(hours.format).toBe('hours');
		expect(hours.hours[19]).toBe(400);
		const days = run(fixture('matomo-wochentag.tsv'));
		expect(days.format).toBe('weekdays');
		expect(days.weekdays).toEqual([400, 900, 400, 400, 400, 400, 400]);
		const both = buildAudience([hours, days], 'Europe/Berlin');
		expect(both.week.indexOf(Math.max(...both.week))).toBe(toSlot(1, 19));
		expect(both.weekdaysOnly || both.hoursOnly).toBe(false);
		expect(buildAudience([days], 'Europe/Berlin').weekdaysOnly).toBe(true);
	});
});

describe('files that cannot be read', () => {
	it('reports an empty file', () => {
		expect(run('').problem).toBe('empty');
		expect(run('\n\n  \n').problem).toBe('empty');
	});

	it('reports a wrong format with the family that was expected', () => {
		const s = run(fixture('falsches-format.log'), 'falsches-format.log');
		expect(s.problem).toBe('unknown');
		expect(s.expected).toBe('log');
		expect(run('a,b\nc,d', 'daten.csv')).toMatchObject({ problem: 'unknown', expected: 'table' });
		expect(run('PK\u0003\u0004\u0000\u0000binary', 'tabelle.xlsx').problem).toBe('binary');
		expect(expectedFamily('access.log.1')).toBe('log');
	});

	it('never lets one bad line spoil the others', () => {
		const s = run(
			'kaputt\n192.0.2.1 - - [10/Oct/2025:13:55:36 +0200] "GET / HTTP/1.1" 200 1\n192.0.2.1 - - [10/Oct/2025:14:55:36 +0200] "GET / HTTP/1.1" 200 1',
			'x.log',
		);
		expect(s.format).toBe('access-log');
		expect([s.records, s.skipped]).toEqual([2, 1]);
		expect([s.firstMs, s.lastMs]).toEqual([Date.UTC(2025, 9, 10, 11, 55, 36), Date.UTC(2025, 9, 10, 12, 55, 36)]);
	});
});
