import { describe, expect, it } from 'vitest';
import { validateTechnographicsResult, type TechnographicsResult } from './technographics';

const valid: TechnographicsResult = {
	source: 'umfrage',
	n: 10,
	rungs: {
		creators: { count: 2, share: 20, low: 5.67, high: 50.98 },
		conversationalists: null,
		critics: { count: 0, share: 0, low: 0, high: 27.75 },
		collectors: null,
		joiners: { count: 7, share: 70, low: 39.68, high: 89.22 },
		spectators: { count: 8, share: 80, low: 49.02, high: 94.33 },
		inactives: { count: 2, share: 20, low: 5.67, high: 50.98 },
	},
	referenceId: 'usa-2009-q4',
	index: {
		creators: 83.3,
		conversationalists: null,
		critics: 0,
		collectors: null,
		joiners: 118.6,
		spectators: 114.3,
		inactives: 117.6,
	},
	savedAt: '2026-11-01T10:00:00.000Z',
};

describe('validateTechnographicsResult', () => {
	it('accepts a complete result and null', () => {
		expect(validateTechnographicsResult(valid)).toBe(valid);
		expect(validateTechnographicsResult(null)).toBeNull();
	});
	it.each([
		['wrong source', { ...valid, source: 'hand' }],
		['n zero', { ...valid, n: 0 }],
		['missing rung', { ...valid, rungs: { ...valid.rungs, creators: undefined } }],
		['share above 100', { ...valid, rungs: { ...valid.rungs, creators: { count: 2, share: 120, low: 0, high: 100 } } }],
		['count above n', { ...valid, rungs: { ...valid.rungs, creators: { count: 11, share: 20, low: 0, high: 100 } } }],
		['NaN index', { ...valid, index: { ...valid.index, creators: Number.NaN } }],
		['bad date', { ...valid, savedAt: 'gestern' }],
		['not an object', 'profil'],
	])('rejects %s', (_, value) => {
		expect(validateTechnographicsResult(value)).toBeUndefined();
	});
});
