import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateSurvey, normalizeHeader, parseAnswer } from './survey';

describe('parseAnswer', () => {
	it.each([
		['ja', 'ja'],
		['Ja', 'ja'],
		['x', 'ja'],
		['X', 'ja'],
		['1', 'ja'],
		['1,0', 'ja'],
		['0', 'nie'],
		['0,0', 'nie'],
		['nein', 'nie'],
		['nie', 'nie'],
		['täglich', 'taeglich'],
		['Taeglich', 'taeglich'],
		['wöchentlich', 'woechentlich'],
		['mehrmals pro Woche', 'woechentlich'],
		['monatlich', 'monatlich'],
		['seltener', 'seltener'],
		['', 'leer'],
		['  ', 'leer'],
	])('reads „%s“ as %s', (raw, expected) => {
		expect(parseAnswer(raw)).toBe(expected);
	});
	it.each(['vielleicht', '2', '0,5', 'jaa'])('rejects „%s“', (raw) => {
		expect(parseAnswer(raw)).toBeNull();
	});
});

describe('normalizeHeader', () => {
	it('matches labels written in different ways', () => {
		expect(normalizeHeader(' Blog schreiben ')).toBe('blog_schreiben');
		expect(normalizeHeader('Podcasts hören')).toBe('podcasts_hoeren');
		expect(normalizeHeader('Artikel veröffentlichen')).toBe('artikel_veroeffentlichen');
		expect(normalizeHeader('RSS-Nutzen')).toBe('rss_nutzen');
	});
});

describe('evaluateSurvey', () => {
	it('counts rungs from a semicolon file with BOM', () => {
		const csv =
			'\uFEFFnr;blog_schreiben;blogs_lesen;status_aktualisieren\r\n1;monatlich;täglich;monatlich\r\n2;nie;nie;woechentlich\r\n3;nein;nein;nein\r\n';
		const result = evaluateSurvey(csv);
		expect(result.n).toBe(3);
		expect(result.issues).toEqual([]);
		expect(result.surveyed).toEqual(['creators', 'conversationalists', 'spectators']);
		expect(result.missing).toEqual(['critics', 'collectors', 'joiners']);
		expect(result.counts).toEqual({
			creators: 1,
			conversationalists: 1,
			critics: null,
			collectors: null,
			joiners: null,
			spectators: 1,
			inactives: 1,
		});
	});

	it('reads a comma-separated file with quoted decimal commas and empty lines', () => {
		const csv = 'Teilnehmer,Blogs lesen,Videos ansehen\n"Müller, A.","1,0",0\n\n"Schulz, B.",0,"0,0"\n';
		const result = evaluateSurvey(csv);
		expect(result.n).toBe(2);
		expect(result.counts.spectators).toBe(1);
		expect(result.counts.inactives).toBe(1);
		expect(result.issues).toEqual([]);
	});

	it('reports unknown columns and bad values with line numbers and leaves bad rows out', () => {
		const csv = 'blogs_lesen;lieblingsfarbe;wiki_bearbeiten\nja;blau;nein\nvielleicht;rot;ja\n\nja;grün;2\n';
		const result = evaluateSurvey(csv);
		expect(result.n).toBe(1);
		expect(result.skipped).toBe(2);
		expect(result.issues).toEqual([
			{ code: 'unbekannte-spalte', line: 1, column: 'lieblingsfarbe' },
			{ code: 'ungueltiger-wert', line: 3, column: 'blogs_lesen', value: 'vielleicht' },
			{ code: 'ungueltiger-wert', line: 5, column: 'wiki_bearbeiten', value: '2' },
		]);
	});

	it('counts a row with no ticks as Inactive but flags it', () => {
		const result = evaluateSurvey('id;blogs_lesen;profil_pflegen\nA;x;\nB;;\n');
		expect(result.n).toBe(2);
		expect(result.counts.inactives).toBe(1);
		expect(result.issues).toEqual([{ code: 'keine-antworten', line: 3 }]);
	});

	it('reports duplicate columns, extra cells and an unclosed quote', () => {
		const result = evaluateSurvey('blogs_lesen;Blogs lesen\nja;nein;zuviel\n"ja;nein\n');
		expect(result.issues).toContainEqual({ code: 'doppelte-spalte', line: 1, column: 'Blogs lesen' });
		expect(result.issues).toContainEqual({ code: 'zu-viele-zellen', line: 2 });
		expect(result.issues).toContainEqual({ code: 'offenes-anfuehrungszeichen', line: 3 });
	});

	it('explains files without activity columns and empty files', () => {
		expect(evaluateSurvey('name;alter\nA;30').issues[0]).toEqual({ code: 'keine-aktivitaeten', line: 1 });
		expect(evaluateSurvey('\uFEFF\n\n').issues).toEqual([{ code: 'leer', line: 0 }]);
		expect(evaluateSurvey('').n).toBe(0);
	});

	it('evaluates the downloadable template to the shares the page documents', () => {
		const template = readFileSync('public/downloads/technographics-vorlage.csv', 'utf8');
		const result = evaluateSurvey(template);
		expect(result.issues).toEqual([]);
		expect(result.n).toBe(10);
		expect(result.counts).toEqual({
			creators: 2,
			conversationalists: 4,
			critics: 3,
			collectors: 1,
			joiners: 7,
			spectators: 8,
			inactives: 2,
		});
	});
});

describe('CSV template and dictionary', () => {
	it('names every activity with a column that reads back as that activity', async () => {
		const { technographics } = await import('../../i18n/de/technographics');
		const { ALL_ACTIVITIES } = await import('./rungs');
		for (const id of ALL_ACTIVITIES) expect(normalizeHeader(technographics.csvColumns[id])).toBe(id);
		const header = readFileSync('public/downloads/technographics-vorlage-leer.csv', 'utf8')
			.replace(/^\uFEFF/, '')
			.trim();
		expect(header).toBe(['Nr', ...ALL_ACTIVITIES.map((id) => technographics.csvColumns[id])].join(';'));
	});
});

describe('evaluateSurvey properties', () => {
	it('never throws and keeps counts within n for any text', async () => {
		const fc = (await import('fast-check')).default;
		const cell = fc.constantFrom(
			'ja',
			'nein',
			'x',
			'',
			'1',
			'0',
			'1,0',
			'täglich',
			'wöchentlich',
			'monatlich',
			'seltener',
			'nie',
			'kaputt',
			'"a;b"',
		);
		const header = 'blog_schreiben;status_aktualisieren;blogs_lesen;profil_pflegen;rss_nutzen;wiki_bearbeiten';
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 40 }),
				fc.string(),
				(rows, noise) => {
					for (const text of [[header, ...rows.map((r) => r.join(';'))].join('\n'), noise]) {
						const result = evaluateSurvey(text);
						for (const value of Object.values(result.counts)) {
							if (value === null) continue;
							expect(Number.isInteger(value)).toBe(true);
							expect(value).toBeLessThanOrEqual(result.n);
						}
					}
				},
			),
		);
	});
});
