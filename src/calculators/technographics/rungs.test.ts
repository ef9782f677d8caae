import { describe, expect, it } from 'vitest';
import { rungNotSurveyed } from './rungs';

describe('rungNotSurveyed', () => {
	it('says „not surveyed“ only for Conversationalists in ladders with data before 2010', () => {
		expect(rungNotSurveyed('conversationalists', 2008, null)).toBe(true);
		expect(rungNotSurveyed('conversationalists', 2009, null)).toBe(true);
		expect(rungNotSurveyed('conversationalists', 2010, null)).toBe(false);
		expect(rungNotSurveyed('conversationalists', 2009, 33)).toBe(false);
		expect(rungNotSurveyed('critics', 2007, null)).toBe(false);
	});
});
