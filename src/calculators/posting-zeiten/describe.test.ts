import { describe, expect, it } from 'vitest';
import { postingZeiten } from '../../i18n/de/posting-zeiten';
import { formatBytes, levelOf, reasonSentences, slotText } from './describe';
import { toSlot } from './week';

const labels = postingZeiten.ui;
const base = {
	slot: 43,
	rank: 1,
	scoreIndex: 100,
	audienceIndex: 100,
	windowAudience: 62.4,
	visibleHours: 5,
	windowCompetition: 0,
	attentionLoss: 0,
	rising: false,
	gap: false,
};

describe('describe', () => {
	it('names slots in German', () => {
		expect(slotText(labels, toSlot(1, 19))).toBe('Dienstag, 19:00\u00a0Uhr');
		expect(slotText(labels, toSlot(6, 7), true)).toBe('So, 07:00\u00a0Uhr');
	});

	it('explains a slot in sentences', () => {
		expect(reasonSentences(labels, base)).toEqual([
			'100\u00a0% der Spitzenaktivität zur Posting-Zeit; über die ersten 5\u00a0Stunden, in denen der Beitrag sichtbar ist, im Mittel 62\u00a0%.',
			'Keine bekannten Konkurrenz-Beiträge in dieser Zeit.',
		]);
		expect(reasonSentences(labels, { ...base, gap: true, rising: true }).slice(1)).toEqual([
			labels.results.reasons.rising,
			labels.results.reasons.gap,
		]);
		expect(reasonSentences(labels, { ...base, windowCompetition: 3, attentionLoss: 41.6 })[1]).toBe(
			'3 Konkurrenz-Beiträge in dieser Zeit kosten etwa 42\u00a0% der Aufmerksamkeit.',
		);
	});

	it('formats sizes and bins intensities', () => {
		expect(formatBytes(224_292_432)).toBe('224,3\u00a0MB');
		expect(formatBytes(1098)).toBe('1\u00a0kB');
		expect([0, -1, Number.NaN, 0.01, 0.5, 1].map(levelOf)).toEqual([0, 0, 0, 1, 5, 9]);
	});
});
