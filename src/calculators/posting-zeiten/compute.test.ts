import { describe, expect, it } from 'vitest';
import { computeModel } from './compute';
import { buildScoresCsv } from './csv-export';
import { fillTemplate } from '../../lib/template';
import { toSlot } from './week';

describe('computeModel', () => {
	const audience = Array.from({ length: 168 }, (_, s) => (s === toSlot(1, 19) ? 50 : s % 24 === 12 ? 20 : 1));
	const result = computeModel({
		audience,
		competition: new Array(168).fill(0),
		halfLifeMinutes: 90,
		postsPerWeek: 3,
		minGapHours: 12,
		allowed: new Array(168).fill(true),
	});

	it('puts the peak first in ranking and plan', () => {
		expect(result.ranking[0]?.slot).toBe(toSlot(1, 19));
		expect(result.plan.slots).toContain(toSlot(1, 19));
		expect(result.plan.slots).toHaveLength(3);
		expect(Math.max(...result.scoreIndex)).toBe(1);
		expect(Math.max(...result.audience)).toBe(1);
	});

	it('exports the scores as German CSV', () => {
		const csv = buildScoresCsv(result.audience, result.competition, result.scoreIndex, new Set(result.plan.slots), {
			headers: ['Wochentag', 'Uhrzeit', 'Publikum', 'Konkurrenz', 'Wert', 'Im Plan'],
			dayNames: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
			yes: 'ja',
			no: 'nein',
		});
		const rows = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n');
		expect(rows).toHaveLength(169);
		expect(rows[0]).toBe('Wochentag;Uhrzeit;Publikum;Konkurrenz;Wert;Im Plan');
		expect(rows[1 + toSlot(1, 19)]).toBe('Dienstag;19:00;100;0;100;ja');
		expect(rows[2]).toMatch(/^Montag;01:00;2;0;\d+,\d+;nein$/);
	});

	it('fills templates', () => {
		expect(fillTemplate('{n} von {total} Zeilen, {x}', { n: 3, total: '1.000' })).toBe('3 von 1.000 Zeilen, {x}');
	});
});
