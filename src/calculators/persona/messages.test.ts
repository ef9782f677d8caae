import { describe, expect, it } from 'vitest';
import { persona as labels } from '../../i18n/de/persona';
import { countText, issueText } from './messages';

describe('issueText', () => {
	it('fills numbers in German format', () => {
		expect(issueText(labels, { field: 'goals', code: 'tooLong', max: 1200, length: 1534 })).toBe(
			'Höchstens 1.200 Zeichen, damit die Karte auf eine Seite passt – derzeit 1.534.',
		);
		expect(issueText(labels, { field: 'name', code: 'required' })).toBe('Bitte geben Sie der Persona einen Namen.');
		expect(issueText(labels, undefined)).toBeUndefined();
	});
});

describe('countText', () => {
	it('chooses singular or plural', () => {
		expect(countText(1, labels.data.personasOne, labels.data.personasMany)).toBe('eine Persona');
		expect(countText(1200, labels.data.personasOne, labels.data.personasMany)).toBe('1.200 Personas');
	});
});
