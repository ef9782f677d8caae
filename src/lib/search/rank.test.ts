import { describe, expect, it } from 'vitest';
import { nameTier, normalizeName, promoteExactNames, titleNames } from './rank';

describe('normalizeName', () => {
	it.each([
		['Social-Media-Monitoring', 'social media monitoring'],
		['Authentizität', 'authentizitat'],
		['  „Big  Data“ ', 'big data'],
		['Krisenkommunikation: der Fall Otto', 'krisenkommunikation der fall otto'],
		['Straße', 'strasse'],
	])('%s → %s', (text, expected) => {
		expect(normalizeName(text)).toBe(expected);
	});
});

describe('titleNames', () => {
	it('also knows a title by its parenthesis and without it', () => {
		expect(titleNames('Customer Relationship Management (CRM)')).toEqual([
			'customer relationship management crm',
			'customer relationship management',
			'crm',
		]);
	});
});

describe('nameTier', () => {
	it('ranks chapter titles, other titles, synonyms, the rest', () => {
		expect(nameTier('big data', { title: 'Big Data', type: 'Kapitel' })).toBe(0);
		expect(nameTier('Big Data', { title: 'Big Data', type: 'Glossar' })).toBe(1);
		expect(nameTier('Realtime', { title: 'Echtzeitkommunikation', synonyms: 'Echtzeit, Realtime' })).toBe(2);
		expect(nameTier('Echtzeit', { title: 'Echtzeitkommunikation' })).toBe(3);
		expect(nameTier('  ', { title: '' })).toBe(3);
	});
});

describe('promoteExactNames', () => {
	it('moves exact names up and keeps Pagefind’s order otherwise', () => {
		const items = [
			{ title: 'Zielgruppe und Nutzungsverhalten', type: 'Kapitel' },
			{ title: 'Affinität', type: 'Glossar', synonyms: 'Zielgruppen-Affinität' },
			{ title: 'Zielgruppe', type: 'Glossar' },
			{ title: 'Persona', type: 'Glossar' },
		];
		expect(promoteExactNames('Zielgruppe', items).map((i) => i.title)).toEqual([
			'Zielgruppe',
			'Zielgruppe und Nutzungsverhalten',
			'Affinität',
			'Persona',
		]);
	});
});
