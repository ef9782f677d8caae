import { describe, expect, it } from 'vitest';
import { classifyRespondent, meetsThreshold, surveyedRungs, tallyRespondents } from './classify';
import { ACTIVE_RUNGS, ALL_ACTIVITIES, RUNGS, rungOf } from './rungs';

describe('meetsThreshold', () => {
	it.each([
		['taeglich', 'monatlich', true],
		['woechentlich', 'monatlich', true],
		['monatlich', 'monatlich', true],
		['seltener', 'monatlich', false],
		['nie', 'monatlich', false],
		['monatlich', 'woechentlich', false],
		['woechentlich', 'woechentlich', true],
		['ja', 'woechentlich', true],
	] as const)('%s reaches %s: %s', (answer, threshold, expected) => {
		expect(meetsThreshold(answer, threshold)).toBe(expected);
	});
	it('treats a missing answer as not done', () => {
		expect(meetsThreshold(undefined, 'monatlich')).toBe(false);
	});
});

describe('classifyRespondent', () => {
	it('puts someone who does nothing on the Inactives rung only', () => {
		expect(classifyRespondent({})).toEqual(['inactives']);
		expect(classifyRespondent({ blogs_lesen: 'seltener', blog_schreiben: 'nie' })).toEqual(['inactives']);
	});
	it('counts a rung when one of its activities is done at least monthly', () => {
		expect(classifyRespondent({ blogs_lesen: 'monatlich' })).toEqual(['spectators']);
		expect(classifyRespondent({ wiki_bearbeiten: 'taeglich', videos_ansehen: 'woechentlich' })).toEqual([
			'critics',
			'spectators',
		]);
	});
	it('requires weekly activity for Conversationalists', () => {
		expect(classifyRespondent({ status_aktualisieren: 'monatlich' })).toEqual(['inactives']);
		expect(classifyRespondent({ status_aktualisieren: 'woechentlich' })).toEqual(['conversationalists']);
		expect(classifyRespondent({ kurznachrichten_posten: 'taeglich', netzwerke_besuchen: 'monatlich' })).toEqual([
			'conversationalists',
			'joiners',
		]);
	});
	it('lets rungs overlap and returns them top to bottom', () => {
		const all = Object.fromEntries(ALL_ACTIVITIES.map((a) => [a, 'taeglich']));
		expect(classifyRespondent(all)).toEqual(ACTIVE_RUNGS);
	});
	it('ignores rungs that were not surveyed', () => {
		expect(classifyRespondent({ blog_schreiben: 'taeglich' }, ['spectators'])).toEqual(['inactives']);
	});
	it('maps every activity to exactly one rung', () => {
		for (const activity of ALL_ACTIVITIES) expect(RUNGS).toContain(rungOf(activity));
	});
});

describe('tallyRespondents', () => {
	it('counts overlapping rungs and keeps Inactives exclusive', () => {
		const counts = tallyRespondents(
			[{ blog_schreiben: 'monatlich', blogs_lesen: 'taeglich' }, { blogs_lesen: 'monatlich' }, {}],
			ACTIVE_RUNGS,
		);
		expect(counts).toEqual({
			creators: 1,
			conversationalists: 0,
			critics: 0,
			collectors: 0,
			joiners: 0,
			spectators: 2,
			inactives: 1,
		});
	});
	it('marks rungs without columns as not surveyed', () => {
		const surveyed = surveyedRungs(['blogs_lesen', 'profil_pflegen']);
		expect(surveyed).toEqual(['joiners', 'spectators']);
		expect(tallyRespondents([{ blogs_lesen: 'ja' }], surveyed)).toEqual({
			creators: null,
			conversationalists: null,
			critics: null,
			collectors: null,
			joiners: 0,
			spectators: 1,
			inactives: 0,
		});
	});
	it('returns only nulls when nothing was surveyed', () => {
		expect(Object.values(tallyRespondents([{}], []))).toEqual(RUNGS.map(() => null));
	});
});
