import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../lib/schedule';
import { createEmptyPersona, LONG_MAX, personaSchema, personaListSchema, TEXT_FIELDS } from './schema';

const NOW = new Date('2025-01-02T03:04:05.000Z');

describe('createEmptyPersona', () => {
	it('fills every text field and uses the default week', () => {
		const p = createEmptyPersona('abc', 'Neue Persona', NOW);
		for (const f of TEXT_FIELDS) expect(typeof p[f]).toBe('string');
		expect(p.name).toBe('Neue Persona');
		expect(p.schedule).toEqual(DEFAULT_SCHEDULE);
		expect(p.schedule.workDays).not.toBe(DEFAULT_SCHEDULE.workDays);
		expect(p.updatedAt).toBe('2025-01-02T03:04:05.000Z');
	});
});

describe('personaSchema', () => {
	const valid = createEmptyPersona('abc', 'Anna', NOW, 'b2b');

	it('returns an equal copy of a valid persona', () => {
		expect(personaSchema(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
	});

	it('fills fields that a file does not contain yet', () => {
		const p = personaSchema({ id: 'x1', name: 'Kurz' });
		expect(p?.name).toBe('Kurz');
		expect(p?.kind).toBe('b2c');
		expect(p?.platforms).toEqual([]);
		expect(p?.schedule).toEqual(DEFAULT_SCHEDULE);
	});

	it('drops unknown keys', () => {
		expect(personaSchema({ ...valid, hacked: true })).not.toHaveProperty('hacked');
	});

	it.each([
		['no object', 'Anna'],
		['bad id', { ...valid, id: 'a b' }],
		['number as text', { ...valid, goals: 5 }],
		['unknown kind', { ...valid, kind: 'b2x' }],
		['unknown buying role', { ...valid, buyingRole: 'chef' }],
		['share above 100', { ...valid, technographics: { shares: { creators: 101 }, source: 'hand' } }],
		['share NaN', { ...valid, technographics: { shares: { creators: Number.NaN }, source: 'hand' } }],
		['unknown rung', { ...valid, technographics: { shares: { bloggers: 5 }, source: 'hand' } }],
		['platform not a string', { ...valid, platforms: [1] }],
		['schedule out of range', { ...valid, schedule: { ...DEFAULT_SCHEDULE, workStart: 1440 } }],
		['section without id', { ...valid, customSections: [{ title: 'a', text: '' }] }],
	])('rejects %s', (_label, value) => {
		expect(personaSchema(value)).toBeUndefined();
	});

	it('keeps a text longer than the form allows (it is flagged, not dropped)', () => {
		const long = 'x'.repeat(100_001);
		expect(long.length).toBeGreaterThan(LONG_MAX);
		expect(personaSchema({ ...valid, goals: long })?.goals).toBe(long);
	});

	it('turns -0 into 0', () => {
		const p = personaSchema({ ...valid, technographics: { shares: { critics: -0 }, source: 'profil' } });
		expect(Object.is(p?.technographics.shares.critics, 0)).toBe(true);
	});
});

describe('personaListSchema', () => {
	it('accepts a list with unique ids', () => {
		const a = createEmptyPersona('a', 'A', NOW);
		const b = createEmptyPersona('b', 'B', NOW);
		expect(personaListSchema([a, b])).toEqual([a, b]);
	});
	it('rejects duplicate ids and non-arrays', () => {
		const a = createEmptyPersona('a', 'A', NOW);
		expect(personaListSchema([a, a])).toBeUndefined();
		expect(personaListSchema({ a })).toBeUndefined();
	});
});
