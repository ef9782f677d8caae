import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kpiMonitoring } from '../../i18n/de/kpi-monitoring';
import { buildKpiCsv, parseKpiCsv } from './csv';
import { MEASURES, type MeasureId } from './measures';
import { emptyValues, parseMonth, type MonthDraft } from './months';

const strings = { headers: kpiMonitoring.csv.headers, messages: kpiMonitoring.csv.messages };
const ids = (i: number) => `m${i + 1}`;
const parse = (d: MonthDraft) => parseMonth(d, { answeredAboveQuestions: 'x' });
const HEADER =
	'Monat;Follower;Interaktionen;Beiträge anderer;Website-Besuche;Käufe;Suchtreffer;Fragen gestellt;Fragen beantwortet;Antwortzeit (Stunden)';

describe('buildKpiCsv', () => {
	it('writes a BOM, semicolons, decimal comma and empty cells for unrecorded values', () => {
		const months: MonthDraft[] = [
			{ id: 'm1', label: 'Jan; 2026', values: { ...emptyValues(), followers: '1.250', responseHours: '1,5' } },
			{ id: 'm2', label: '=SUMME(A1)', values: emptyValues() },
		];
		const csv = buildKpiCsv(months.map(parse), strings.headers);
		expect(csv.split('\r\n')).toEqual([`\uFEFF${HEADER}`, '"Jan; 2026";1250;;;;;;;;1,5', "'=SUMME(A1);;;;;;;;;", '']);
	});
});

describe('parseKpiCsv', () => {
	it('reads a file with columns in any order and ids from the caller', () => {
		const r = parseKpiCsv('Follower;monat;Antwortzeit (Stunden)\n100;Jan;0,5\n120;Feb;\n', strings, ids);
		expect(r).toEqual({
			ok: true,
			months: [
				{ id: 'm1', label: 'Jan', values: { ...emptyValues(), followers: '100', responseHours: '0,5' } },
				{ id: 'm2', label: 'Feb', values: { ...emptyValues(), followers: '120' } },
			],
		});
	});
	it('reports every bad line with its number and accepts nothing', () => {
		const r = parseKpiCsv(
			`${HEADER}\n2026-01;abc;;;;;;10;12;\n\n2026-02;5;;;;;;;;;;7\n2026-03;1;;;;;;;;-1\n`,
			strings,
			ids,
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toEqual([
			{ line: 2, message: '„Follower“: „abc“ ist keine Zahl. Beispiel: 12,5' },
			{ line: 2, message: '„Fragen beantwortet“: Mehr beantwortete als gestellte Fragen (10).' },
			{ line: 4, message: 'Die Zeile hat mehr Werte als die Kopfzeile Spalten.' },
			{ line: 5, message: '„Antwortzeit (Stunden)“: Der Wert muss mindestens 0 sein.' },
		]);
	});
	it('rejects unknown columns, a missing month column, too few months and empty files', () => {
		const bad = (text: string) => {
			const r = parseKpiCsv(text, strings, ids);
			return r.ok ? [] : r.problems.map((p) => p.message);
		};
		expect(bad('Monat;Likes\nJan;1\nFeb;2')).toEqual(['Unbekannte Spalte „Likes“.']);
		expect(bad('Follower;Follower\n1;1\n2;2')).toEqual([
			'Die Spalte „Follower“ kommt doppelt vor.',
			'Die Spalte „Monat“ fehlt.',
		]);
		expect(bad('Monat;Follower\nJan;1')).toEqual(['Die Datei enthält 1 Monate; nötig sind mindestens zwei.']);
		expect(bad('')).toEqual(['Die Datei ist leer.']);
		expect(bad('Monat;Follower\n"Jan;1\nFeb;2')).toContain('Ein Anführungszeichen wird nicht geschlossen.');
	});
	it('round-trips any valid table through export and import', () => {
		const value = (id: MeasureId) =>
			id === 'responseHours'
				? fc.option(
						fc.double({ min: 0, max: 10_000, noNaN: true }).map((v) => Math.round(v * 1000) / 1000),
						{ nil: null },
					)
				: fc.option(fc.integer({ min: 0, max: 1e12 }), { nil: null });
		const row = fc.record({
			label: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("'=x", '-1', '@a', '"q"')).map((s) => s.trim()),
			values: fc.record(
				Object.fromEntries(MEASURES.map((m) => [m, value(m)])) as { [K in MeasureId]: fc.Arbitrary<number | null> },
			),
		});
		fc.assert(
			fc.property(fc.array(row, { minLength: 2, maxLength: 8 }), (rows) => {
				const months = rows.map((r, i) => {
					const values = { ...r.values };
					if (values.answered !== null && values.questions !== null && values.answered > values.questions)
						values.answered = values.questions;
					return { id: ids(i), label: r.label, values, errors: {} };
				});
				const back = parseKpiCsv(buildKpiCsv(months, strings.headers), strings, ids);
				expect(back.ok).toBe(true);
				if (!back.ok) return;
				expect(back.months.map((m) => m.label)).toEqual(months.map((m) => m.label));
				expect(back.months.map((m) => parse(m).values)).toEqual(months.map((m) => m.values));
			}),
		);
	});
});
