import { describe, expect, it } from 'vitest';
import { persona as labels } from '../../i18n/de/persona';
import { fillTemplate } from '../../lib/template';
import { importErrorText, issueText, unsavedText } from './messages';

describe('issueText', () => {
	it('fills numbers in German format', () => {
		expect(issueText(labels, { field: 'goals', code: 'tooLong', max: 1200, length: 1534 })).toBe(
			'Höchstens 1.200 Zeichen, damit die Karte auf eine Seite passt – derzeit 1.534.',
		);
		expect(issueText(labels, { field: 'name', code: 'required' })).toBe('Bitte geben Sie der Persona einen Namen.');
		expect(issueText(labels, undefined)).toBeUndefined();
	});
});

describe('count templates', () => {
	it('choose singular or plural and format the count', () => {
		expect(fillTemplate(labels.data.personas, { count: 1 })).toBe('eine Persona');
		expect(fillTemplate(labels.data.personas, { count: 1200 })).toBe('1.200 Personas');
		expect(fillTemplate(labels.data.imported, { count: 1 })).toBe('Eine Persona wurde importiert.');
		expect(fillTemplate(labels.data.imported, { count: 3 })).toBe('3 Personas wurden importiert.');
	});
});

describe('importErrorText', () => {
	it.each([
		[0, 'versionInvalid', 'Die Versionsnummer der Datei (0) ist ungültig: Gültig sind ganze Zahlen ab 1.'],
		[-1, 'versionInvalid', 'Die Versionsnummer der Datei (-1) ist ungültig: Gültig sind ganze Zahlen ab 1.'],
		[1.5, 'versionInvalid', 'Die Versionsnummer der Datei (1,5) ist ungültig: Gültig sind ganze Zahlen ab 1.'],
		[
			'1',
			'versionNotNumber',
			'Die Versionsnummer der Datei („1“) ist keine Zahl, sondern Text – die Datei wurde wohl von Hand verändert.',
		],
	] as const)('says what is wrong with version %s, not that it is newer', (version, error, text) => {
		const message = importErrorText(labels, { ok: false, error, version });
		expect(message).toBe(text);
		expect(message).not.toMatch(/neuer/);
	});
	it('names the newer version and the one this page reads', () => {
		expect(importErrorText(labels, { ok: false, error: 'version', version: 7 })).toBe(
			'Die Datei stammt aus einer neueren Version des Baukastens (Version 7; diese Seite liest bis Version 1).',
		);
	});
	it('names the persona that cannot be read', () => {
		expect(importErrorText(labels, { ok: false, error: 'invalid', position: 3, name: 'Bernd' })).toBe(
			'Persona Nr. 3 („Bernd“) in der Datei ist ungültig.',
		);
		expect(importErrorText(labels, { ok: false, error: 'invalid', position: 2 })).toBe(
			'Persona Nr. 2 in der Datei ist ungültig.',
		);
	});
});

describe('unsavedText', () => {
	it('says that the text was not saved, with both numbers', () => {
		expect(unsavedText(labels, 1200, 100_001)).toMatch(
			/^Nicht gespeichert: höchstens 1\.200 Zeichen, derzeit 100\.001\./,
		);
	});
});
