import { describe, expect, it } from 'vitest';
import { moveStep, STEP_IDS, stepOfField, stepTitleKey } from './steps';
import { TEXT_FIELDS } from './schema';

describe('steps', () => {
	it('has nine steps ending with the overview', () => {
		expect(STEP_IDS).toHaveLength(9);
		expect(STEP_IDS.at(-1)).toBe('overview');
	});
	it('titles the second step by kind', () => {
		expect(stepTitleKey('people', 'b2c')).toBe('peopleB2c');
		expect(stepTitleKey('people', 'b2b')).toBe('peopleB2b');
		expect(stepTitleKey('media', 'b2b')).toBe('media');
	});
	it('knows the step of every text field and sends the rest to the overview', () => {
		for (const f of TEXT_FIELDS) expect(stepOfField(f)).not.toBe('overview');
		expect(stepOfField('workEnd')).toBe('schedule');
		expect(stepOfField('section-title:abc')).toBe('overview');
	});
	it('moves and clamps', () => {
		expect(moveStep('basics', 1)).toBe('people');
		expect(moveStep('basics', -1)).toBe('basics');
		expect(moveStep('overview', 1)).toBe('overview');
	});
});
