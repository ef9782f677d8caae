import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeShareState,
	encodeShareLink,
	encodeShareState,
	hasShareState,
	readShareLink,
	type ShareState,
} from './share-link';
import { ALL_ACTIVITIES, FREQUENCIES, RUNGS } from './rungs';
import type { RungCounts } from './classify';

const ids = ['usa-2009-q4', 'deutschland-2008', 'usa-2006', 'europa-2010'];

const state: ShareState = {
	compare: ['usa-2009-q4', 'deutschland-2008'],
	reference: 'usa-2009-q4',
	group: {
		n: 24,
		counts: {
			creators: 5,
			conversationalists: null,
			critics: 8,
			collectors: 0,
			joiners: 12,
			spectators: 20,
			inactives: 2,
		},
	},
	selfTest: { blogs_lesen: 'taeglich', status_aktualisieren: 'woechentlich' },
};

describe('share link', () => {
	it('uses the site’s shared fragment format and reads it back', async () => {
		const link = await encodeShareLink(state);
		if (!link.ok) throw new Error('encoding failed');
		expect(link.fragment).toMatch(/^technographics=1\.[zj]\.[A-Za-z0-9_-]+$/);
		expect(await readShareLink(`#${link.fragment}`, ids)).toEqual({ state, legacy: false });
	});
	it('still reads a link in the old format and marks it for rewriting', async () => {
		expect(await readShareLink(`#${encodeShareState(state)}`, ids)).toEqual({ state, legacy: true });
		expect(await readShareLink('#inhalt', ids)).toBeNull();
	});
	it('encodes settings compactly and readably', () => {
		const fragment = encodeShareState(state);
		expect(fragment).toContain('vgl=usa-2009-q4,deutschland-2008');
		expect(fragment).toContain('stufen=5.-.8.0.12.20.2');
		expect(hasShareState(`#${fragment}`)).toBe(true);
		expect(hasShareState('#inhalt')).toBe(false);
	});
	it('decodes what it encoded', () => {
		expect(decodeShareState(`#${encodeShareState(state)}`, ids)).toEqual(state);
	});
	it('drops unknown data sets, extra comparisons and broken parts', () => {
		const decoded = decodeShareState(
			'v=1&vgl=usa-2006,gibtsnicht,usa-2006,europa-2010,deutschland-2008,usa-2009-q4&ref=x&n=5&stufen=9.-.-.-.-.-.-&selbst=12',
			ids,
		);
		expect(decoded).toEqual({
			compare: ['usa-2006', 'europa-2010', 'deutschland-2008'],
			reference: null,
			group: null,
			selfTest: null,
		});
	});
	it.each(['n=0&stufen=0.0.0.0.0.0.0', 'n=abc&stufen=1.1.1.1.1.1.1', 'n=5&stufen=1.1.1', 'n=5&stufen=1.x.1.1.1.1.1'])(
		'ignores an invalid group: %s',
		(fragment) => {
			expect(decodeShareState(fragment, ids).group).toBeNull();
		},
	);
	it('round-trips any valid state', () => {
		const groupArb = fc.integer({ min: 1, max: 99_999 }).chain((n) =>
			fc.record({
				n: fc.constant(n),
				counts: fc
					.tuple(...RUNGS.map(() => fc.option(fc.integer({ min: 0, max: n }), { nil: null })))
					.map((v) => Object.fromEntries(RUNGS.map((r, i) => [r, v[i] ?? null])) as RungCounts),
			}),
		);
		const selfTestArb = fc
			.array(fc.constantFrom(...FREQUENCIES), { minLength: ALL_ACTIVITIES.length, maxLength: ALL_ACTIVITIES.length })
			.map((f) => Object.fromEntries(ALL_ACTIVITIES.flatMap((a, i) => (f[i] && f[i] !== 'nie' ? [[a, f[i]]] : []))));
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
				fc.option(fc.constantFrom(...ids), { nil: null }),
				fc.option(groupArb, { nil: null }),
				fc.option(selfTestArb, { nil: null }),
				(compare, reference, group, selfTest) => {
					const s: ShareState = { compare, reference, group, selfTest };
					expect(decodeShareState(encodeShareState(s), ids)).toEqual(s);
				},
			),
		);
	});
	it('never throws on arbitrary fragments', () => {
		fc.assert(
			fc.property(fc.string(), (fragment) => {
				expect(() => decodeShareState(fragment, ids)).not.toThrow();
			}),
		);
	});
});
