import { describe, expect, it } from 'vitest';
import { describedBy, fieldIds, stepDraft, type DraftParse } from './field-aria';

const parseInt0to9: DraftParse<number> = (raw) =>
	/^\d$/.test(raw.trim())
		? { ok: true, value: Number(raw.trim()) }
		: { ok: false, error: 'Bitte eine Ziffer eingeben.' };

describe('fieldIds', () => {
	it('derives the ids of hint, error and warning from the field id', () => {
		expect(fieldIds('pz-gap')).toEqual({ hint: 'pz-gap-hint', error: 'pz-gap-error', warning: 'pz-gap-warning' });
	});
});

describe('describedBy', () => {
	it('is undefined when nothing is shown, so the attribute is left out', () => {
		expect(describedBy('f', {})).toBeUndefined();
		expect(describedBy('f', { hint: '', error: undefined })).toBeUndefined();
	});

	it('lists hint, error and warning in this order', () => {
		expect(describedBy('f', { hint: 'h' })).toBe('f-hint');
		expect(describedBy('f', { error: 'e' })).toBe('f-error');
		expect(describedBy('f', { warning: 'w', error: 'e', hint: 'h' })).toBe('f-hint f-error f-warning');
		expect(describedBy('f', { warning: 'w', hint: 'h' })).toBe('f-hint f-warning');
	});
});

describe('stepDraft', () => {
	it('commits a valid text and clears the error', () => {
		expect(stepDraft(parseInt0to9, ' 7')).toEqual({ raw: ' 7', error: undefined, commit: true, value: 7 });
	});

	it('keeps an invalid text with the message and commits nothing', () => {
		expect(stepDraft(parseInt0to9, '12')).toEqual({ raw: '12', error: 'Bitte eine Ziffer eingeben.', commit: false });
		expect(stepDraft(parseInt0to9, '')).toEqual({ raw: '', error: 'Bitte eine Ziffer eingeben.', commit: false });
	});
});
