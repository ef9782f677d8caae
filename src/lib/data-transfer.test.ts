import { describe, expect, it } from 'vitest';
import { createExport, parseImport } from './data-transfer';

describe('data export and import', () => {
	it('round-trips', () => {
		const file = JSON.stringify(createExport({ 'smp:theme': { v: 1, data: 'dark' } }, new Date('2026-01-01')));
		expect(parseImport(file)).toEqual({ ok: true, entries: [['smp:theme', '{"v":1,"data":"dark"}']] });
	});
	it.each([
		['{', /kein gültiges JSON/],
		['{"format":"other"}', /kein Export/],
		['{"format":"social-media-praxis-daten","version":9,"entries":{}}', /neueren Version/],
		['{"format":"social-media-praxis-daten","version":0,"entries":{}}', /ungültig: Gültig sind ganze Zahlen ab 1/],
		['{"format":"social-media-praxis-daten","version":-1,"entries":{}}', /ungültig/],
		['{"format":"social-media-praxis-daten","version":1.5,"entries":{}}', /ungültig/],
		['{"format":"social-media-praxis-daten","version":"1","entries":{}}', /keine Zahl/],
		['{"format":"social-media-praxis-daten","entries":{}}', /keine Versionsnummer/],
		['{"format":"social-media-praxis-daten","version":1,"entries":[]}', /keine Daten/],
		['{"format":"social-media-praxis-daten","version":1,"entries":{"evil":1}}', /Unbekannter Eintrag/],
	])('rejects %s', (text, message) => {
		const result = parseImport(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});
});
