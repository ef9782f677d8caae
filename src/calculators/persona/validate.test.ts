import { describe, expect, it } from 'vitest';
import { createEmptyPersona, LONG_MAX, MAX_PLATFORMS, SHORT_MAX, type Persona } from './schema';
import { checkPlatformName, issueFor, keepWithinLimits, validatePersona } from './validate';

const base = (): Persona => createEmptyPersona('p1', 'Anna', new Date(0));

describe('validatePersona', () => {
	it('finds nothing wrong with a fresh persona', () => {
		expect(validatePersona(base())).toEqual([]);
	});
	it('requires a name', () => {
		expect(issueFor(validatePersona({ ...base(), name: '  ' }), 'name')?.code).toBe('required');
	});
	it('flags text that will not fit on the card, with the numbers for the message', () => {
		const issues = validatePersona({ ...base(), age: 'x'.repeat(SHORT_MAX + 1), goals: 'y'.repeat(LONG_MAX + 5) });
		expect(issueFor(issues, 'age')).toEqual({ field: 'age', code: 'tooLong', max: SHORT_MAX, length: SHORT_MAX + 1 });
		expect(issueFor(issues, 'goals')?.length).toBe(LONG_MAX + 5);
	});
	it('checks the order of the working day', () => {
		const p = base();
		expect(
			issueFor(validatePersona({ ...p, schedule: { ...p.schedule, workEnd: p.schedule.workStart } }), 'workEnd')?.code,
		).toBe('workOrder');
		expect(
			issueFor(validatePersona({ ...p, schedule: { ...p.schedule, lunchStart: 6 * 60 } }), 'lunchStart')?.code,
		).toBe('lunchOutside');
		expect(
			issueFor(validatePersona({ ...p, schedule: { ...p.schedule, eveningStart: 15 * 60 } }), 'eveningStart')?.code,
		).toBe('eveningOverlap');
	});
	it('ignores working hours when there are no work days', () => {
		const p = base();
		expect(validatePersona({ ...p, schedule: { ...p.schedule, workDays: [], workEnd: 0 } })).toEqual([]);
	});
	it('requires a title for own sections', () => {
		const p = { ...base(), customSections: [{ id: 's1', title: '', text: 'Text' }] };
		expect(issueFor(validatePersona(p), 'section-title:s1')?.code).toBe('sectionTitle');
	});
});

describe('checkPlatformName', () => {
	it('accepts a new name and rejects empty, long and duplicate names', () => {
		expect(checkPlatformName(['Instagram'], 'LinkedIn')).toBeUndefined();
		expect(checkPlatformName([], '  ')?.code).toBe('platformEmpty');
		expect(checkPlatformName([], 'x'.repeat(61))?.code).toBe('platformTooLong');
		expect(checkPlatformName(['Instagram'], ' instagram ')?.code).toBe('platformDuplicate');
		const full = Array.from({ length: MAX_PLATFORMS }, (_, i) => `Plattform ${i}`);
		expect(checkPlatformName(full, 'Neu')).toEqual({ field: 'platform', code: 'platformTooMany', max: MAX_PLATFORMS });
	});
});

describe('keepWithinLimits', () => {
	it('keeps the previous text when a changed one is longer than its limit', () => {
		const before = { ...base(), goals: 'kurz', age: '40' };
		const after = keepWithinLimits(before, { ...before, goals: 'y'.repeat(LONG_MAX + 1), age: '41', tone: 'ruhig' });
		expect(after).toMatchObject({ goals: 'kurz', age: '41', tone: 'ruhig' });
		expect(keepWithinLimits(before, { ...before, age: 'x'.repeat(SHORT_MAX + 1) }).age).toBe('40');
	});
	it('leaves an old over-long text alone as long as it is not changed', () => {
		const before = { ...base(), goals: 'y'.repeat(LONG_MAX + 10) };
		expect(keepWithinLimits(before, { ...before, tone: 'neu' }).goals).toHaveLength(LONG_MAX + 10);
	});
	it('holds the limits of sections and platforms', () => {
		const before = { ...base(), customSections: [{ id: 's1', title: 'A', text: 'alt' }], platforms: ['X'] };
		const after = keepWithinLimits(before, {
			...before,
			customSections: [
				{ id: 's1', title: 'A', text: 'z'.repeat(LONG_MAX + 1) },
				{ id: 's2', title: 't'.repeat(SHORT_MAX + 1), text: '' },
			],
			platforms: ['X', 'p'.repeat(100)],
		});
		expect(after.customSections).toEqual([
			{ id: 's1', title: 'A', text: 'alt' },
			{ id: 's2', title: '', text: '' },
		]);
		expect(after.platforms).toEqual(['X']);
		const many = Array.from({ length: MAX_PLATFORMS + 1 }, (_, i) => `P${i}`);
		expect(keepWithinLimits(before, { ...before, platforms: many }).platforms).toEqual(['X']);
	});
});
