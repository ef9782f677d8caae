import { describe, expect, it } from 'vitest';
import { createExport, parseImport } from './data-transfer';
import { fillTemplate } from './template';
import { daten } from '../i18n/de/daten';

describe('data export and import', () => {
	it('round-trips', () => {
		const file = JSON.stringify(createExport({ 'smp:theme': { v: 1, data: 'dark' } }, new Date('2026-01-01')));
		expect(parseImport(file)).toEqual({ ok: true, entries: [['smp:theme', '{"v":1,"data":"dark"}']] });
	});
	it.each([
		['{', { code: 'json' }],
		['{"format":"other"}', { code: 'format' }],
		['{"format":"social-media-praxis-daten","version":9,"entries":{}}', { code: 'newer' }],
		['{"format":"social-media-praxis-daten","version":0,"entries":{}}', { code: 'versionInvalid' }],
		['{"format":"social-media-praxis-daten","version":-1,"entries":{}}', { code: 'versionInvalid' }],
		['{"format":"social-media-praxis-daten","version":1.5,"entries":{}}', { code: 'versionInvalid' }],
		['{"format":"social-media-praxis-daten","version":"1","entries":{}}', { code: 'versionText' }],
		['{"format":"social-media-praxis-daten","entries":{}}', { code: 'versionMissing' }],
		['{"format":"social-media-praxis-daten","version":1,"entries":[]}', { code: 'noEntries' }],
		['{"format":"social-media-praxis-daten","version":1,"entries":{"evil":1}}', { code: 'unknownKey', key: 'evil' }],
	])('rejects %s', (text, error) => {
		expect(parseImport(text)).toEqual({ ok: false, error });
	});
	it('has a German message for every reason', () => {
		for (const code of [
			'json',
			'format',
			'versionMissing',
			'versionText',
			'versionInvalid',
			'newer',
			'noEntries',
			'unknownKey',
		] as const)
			expect(daten.importErrors[code]).toMatch(/^(Die|Unbekannter) .+\.$/);
		expect(fillTemplate(daten.importErrors.unknownKey, { key: 'evil' })).toBe(
			'Unbekannter Eintrag „evil“ – die Datei wurde verändert.',
		);
	});
});
