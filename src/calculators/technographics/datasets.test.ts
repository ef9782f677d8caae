import { describe, expect, it } from 'vitest';
import { defaultSelection, replaceSlot, toLadderDataset } from './datasets';
import type { TechnographicsDatensatz } from '../../schemas/daten';

const base: TechnographicsDatensatz = {
	kind: 'technographics',
	title: 'USA 2009',
	region: 'USA',
	population: 'Erwachsene Internetnutzende, USA',
	dataYear: 2009,
	published: 2010,
	source: 'bernoff-2010',
	values: {
		creators: 24,
		conversationalists: 33,
		critics: 37,
		collectors: 20,
		joiners: 59,
		spectators: 70,
		inactives: 17,
	},
	valueNotes: {},
	notes: 'Notiz für den Test.',
	order: 1,
};

describe('toLadderDataset', () => {
	it('treats old ladders without Conversationalists as complete', () => {
		expect(
			toLadderDataset('a', { ...base, values: { ...base.values, conversationalists: null } }, 'X 2010').complete,
		).toBe(true);
	});
	it('marks ladders with other gaps as partial', () => {
		expect(
			toLadderDataset('a', { ...base, values: { ...base.values, conversationalists: null, joiners: null } }, 'X')
				.complete,
		).toBe(false);
		expect(
			toLadderDataset('a', { ...base, dataYear: 2010, values: { ...base.values, conversationalists: null } }, 'X')
				.complete,
		).toBe(false);
	});
});

describe('defaultSelection', () => {
	it('compares the newest full ladder with Germany and uses it as reference', () => {
		const sets = [
			toLadderDataset('usa-2006', { ...base, dataYear: 2006, published: 2007 }, 'A'),
			toLadderDataset('usa-2009-q4', base, 'B'),
			toLadderDataset(
				'deutschland-2008',
				{ ...base, dataYear: 2008, values: { ...base.values, conversationalists: null } },
				'C',
			),
		];
		expect(defaultSelection(sets)).toEqual({ compare: ['usa-2009-q4', 'deutschland-2008'], reference: 'usa-2009-q4' });
	});
	it('copes with no data', () => {
		expect(defaultSelection([])).toEqual({ compare: [], reference: null });
	});
});

describe('replaceSlot', () => {
	it('fills, clears and de-duplicates slots', () => {
		expect(replaceSlot(['a'], 1, 'b')).toEqual(['a', 'b']);
		expect(replaceSlot(['a', 'b', 'c'], 1, '')).toEqual(['a', 'c']);
		expect(replaceSlot(['a', 'b'], 1, 'a')).toEqual(['a']);
		expect(replaceSlot([], 2, 'x')).toEqual(['x']);
	});
});
