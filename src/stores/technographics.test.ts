import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { validateTechnographicsResult, type TechnographicsResult } from './technographics';
import { encodeShareLink, encodeShareState, type ShareState } from '../calculators/technographics/share-link';

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
		expect(validateTechnographicsResult(valid)).toEqual(valid);
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

describe("where the calculator's numbers come from: shared link or saved profile", () => {
	const KNOWN = ['usa-2009-q4', 'de-2010'];
	const defaults = { compare: ['usa-2009-q4'], reference: 'usa-2009-q4', knownIds: KNOWN };
	const stored = JSON.stringify({ v: 1, data: { ...valid, referenceId: 'de-2010' } });
	const link: ShareState = {
		compare: ['de-2010'],
		reference: 'de-2010',
		group: {
			n: 4,
			counts: {
				creators: 1,
				conversationalists: null,
				critics: 0,
				collectors: null,
				joiners: 2,
				spectators: 3,
				inactives: 1,
			},
		},
		selfTest: null,
	};

	async function load() {
		vi.resetModules();
		return import('./technographics');
	}

	beforeEach(() => useTestStorageEngine());
	afterEach(() => cleanTestStorage());

	it('without a link, fills the form from the saved profile and keeps its reference when it is known', async () => {
		setTestStorageKey('smp:technographics-ergebnis', stored);
		const s = await load();
		s.initTechnographics(null, defaults);
		expect(s.$groupDraft.get()).toEqual({
			draft: {
				n: '10',
				counts: {
					creators: '2',
					conversationalists: '',
					critics: '0',
					collectors: '',
					joiners: '7',
					spectators: '8',
					inactives: '2',
				},
			},
			source: 'umfrage',
		});
		expect(s.$ladderSelection.get()).toEqual({ compare: ['usa-2009-q4'], reference: 'de-2010' });
		expect(s.$fromSharedLink.get()).toBe(false);
	});

	it('falls back to the default reference when the saved one is no longer published', async () => {
		setTestStorageKey(
			'smp:technographics-ergebnis',
			JSON.stringify({ v: 1, data: { ...valid, referenceId: 'weg-2008' } }),
		);
		const s = await load();
		s.initTechnographics(null, defaults);
		expect(s.$ladderSelection.get()?.reference).toBe('usa-2009-q4');
	});

	it('lets a shared link win for this visit without touching the saved profile', async () => {
		setTestStorageKey('smp:technographics-ergebnis', stored);
		const s = await load();
		const encoded = await encodeShareLink(link);
		expect(encoded.ok).toBe(true);
		const read = await s.initTechnographicsFromHash(encoded.ok ? `#${encoded.fragment}` : '', defaults);
		expect(read?.legacy).toBe(false);
		expect(s.$groupDraft.get().draft.n).toBe('4');
		expect(s.$ladderSelection.get()).toEqual({ compare: ['de-2010'], reference: 'de-2010' });
		expect(s.$fromSharedLink.get()).toBe(true);
		expect(getTestStorage()['smp:technographics-ergebnis']).toBe(stored);
		// Typing makes the numbers the visitor's own.
		s.setGroupDraft(s.$groupDraft.get().draft);
		expect(s.$fromSharedLink.get()).toBe(false);
	});

	it('still reads links in the old format and says they should be rewritten', async () => {
		const s = await load();
		const read = await s.initTechnographicsFromHash(`#${encodeShareState(link)}`, defaults);
		expect(read?.legacy).toBe(true);
		expect(s.$groupDraft.get().draft.counts.spectators).toBe('3');
	});

	it('initialises once per page view: the second island to mount changes nothing', async () => {
		setTestStorageKey('smp:technographics-ergebnis', stored);
		const s = await load();
		s.initTechnographics(null, defaults);
		s.initTechnographics({ ...link }, defaults);
		expect(await s.initTechnographicsFromHash(`#${encodeShareState(link)}`, defaults)).toBeNull();
		expect(s.$groupDraft.get().draft.n).toBe('10');
		expect(s.$fromSharedLink.get()).toBe(false);
	});

	it('takes a link pasted while the page is open, keeping the comparison the link leaves out', async () => {
		const s = await load();
		s.initTechnographics(null, defaults);
		const read = await s.applySharedHash(`#${encodeShareState({ ...link, compare: [] })}`, KNOWN);
		expect(read).not.toBeNull();
		expect(s.$ladderSelection.get()).toEqual({ compare: ['usa-2009-q4'], reference: 'de-2010' });
		expect(await s.applySharedHash('#abschnitt-2', KNOWN)).toBeNull();
	});
});
