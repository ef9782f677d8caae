import { describe, expect, it } from 'vitest';
import { ageLabel, groupLabel, type LabelTemplates } from './labels';
import { plattformen } from '../../i18n/de/plattformen';

const t: LabelTemplates = plattformen;

describe('labels', () => {
	it('names age ranges in German', () => {
		expect(ageLabel(14, 29, t)).toBe('14 bis 29 Jahre');
		expect(ageLabel(70, null, t)).toBe('70 Jahre und älter');
		expect(ageLabel(null, 29, t)).toBe('bis 29 Jahre');
		expect(ageLabel(null, null, t)).toBe('alle Altersgruppen');
	});
	it('adds the gender where a group has one', () => {
		expect(groupLabel({ minAge: null, maxAge: null, gender: 'frauen', overall: null, values: {} }, t)).toBe(
			'Frauen, alle Altersgruppen',
		);
		expect(groupLabel({ minAge: 18, maxAge: 29, gender: 'alle', overall: null, values: {} }, t)).toBe(
			'18 bis 29 Jahre',
		);
	});
});
