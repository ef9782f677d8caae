import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de';
import { speicherTeile } from '../../src/i18n/de/speicher-teile';
import { fillTemplate } from '../../src/lib/template';

/** Every string of the dictionary, with its path, e.g. „search.results“. */
function strings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
	return [];
}

/** Paths of every function in the dictionary, e.g. „folien.deckTitle“; templates must be strings. */
function functions(value: unknown, path: string): string[] {
	if (typeof value === 'function') return [path];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => functions(v, path ? `${path}.${k}` : k));
	return [];
}

describe('dictionary templates (one syntax: src/lib/template.ts)', () => {
	it('holds no functions, only strings for fillTemplate', () => {
		expect([...functions(de, ''), ...functions(speicherTeile, 'speicherTeile')]).toEqual([]);
	});

	it('no string uses the old [BRACKET] placeholders', () => {
		const old = [...strings(de, ''), ...strings(speicherTeile, 'speicherTeile')].filter(([, s]) =>
			/\[[A-Z]+\]/.test(s),
		);
		expect(old).toEqual([]);
	});

	it('search result counts: none, one, many with de-DE digits', () => {
		const t = de.search.results;
		expect(fillTemplate(t, { count: 0, term: 'Echtzeit' })).toBe('Keine Treffer für „Echtzeit“.');
		expect(fillTemplate(t, { count: 1, term: 'Echtzeit' })).toBe('1 Treffer für „Echtzeit“.');
		expect(fillTemplate(t, { count: 1234, term: '{count}' })).toBe('1.234 Treffer für „{count}“.');
	});

	it('data tools and repair notices say „Eintrag“/„Einträge“ and „Angabe war“/„Angaben waren“', () => {
		expect(fillTemplate(de.daten.exported, { count: 1 })).toBe('1 Eintrag exportiert.');
		expect(fillTemplate(de.daten.imported, { count: 12 })).toMatch(/^12 Einträge importiert\./);
		expect(fillTemplate(de.daten.deleted, { count: 1000 })).toMatch(/^1\.000 Einträge gelöscht\./);
		expect(fillTemplate(speicherTeile.lost, { count: 1 })).toBe(
			'eine Angabe war nicht lesbar, alles andere ist geladen',
		);
		expect(fillTemplate(speicherTeile.lost, { count: 2 })).toBe(
			'2 Angaben waren nicht lesbar, alles andere ist geladen',
		);
		expect(fillTemplate(de.site.chapterPage.number, { order: 3 })).toBe('Kapitel 3');
	});

	it('learning and slide templates render as the former functions did', () => {
		const count = de.lernen.uebungen.count;
		expect(fillTemplate(count, { count: 0 })).toBe('Keine Aufgabe passt zu diesem Filter.');
		expect(fillTemplate(count, { count: 1 })).toBe('1 Aufgabe angezeigt');
		expect(fillTemplate(count, { count: 42 })).toBe('42 Aufgaben angezeigt');
		const summary = de.pruefen.matrix.summary;
		expect(fillTemplate(summary, { covered: 0, total: 1 })).toBe('0 von 1 Lernziel vollständig abgedeckt');
		expect(fillTemplate(summary, { covered: 1, total: 5 })).toBe('1 von 5 Lernzielen vollständig abgedeckt');
		expect(fillTemplate(de.pruefen.rubric.pointsValue, { n: 1 })).toBe('1\u00a0Punkt');
		expect(fillTemplate(de.pruefen.rubric.pointsValue, { n: 12 })).toBe('12\u00a0Punkte');
		expect(fillTemplate(de.lernen.exercises.title, { order: 3, number: 2, title: 'X' })).toBe('Aufgabe 3.2: X');
		expect(fillTemplate(de.lernen.seminar.captionDay, { title: 'Tagesseminar', day: 2 })).toBe(
			'Ablauf Tagesseminar, Tag\u00a02',
		);
		expect(fillTemplate(de.folien.reviewed, { date: '5. Dezember 2026' })).toBe(
			'· Inhalt zuletzt geprüft am 5. Dezember 2026',
		);
		expect(fillTemplate(de.folien.hintNumericUnit, { unit: '€' })).toBe('Rechnen Sie: Ergebnis in €');
	});
});
