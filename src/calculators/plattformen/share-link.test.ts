import { describe, expect, it } from 'vitest';
import type { FinderChoice } from './finder';
import { encodeChoiceLink, readChoiceLink } from './share-link';

const fallback: FinderChoice = { country: 'DE', age: 'alle', gender: 'alle' };
const countries = ['DE', 'US'];

describe('Plattform-Finder links', () => {
	it('carry the choice in the shared fragment format', async () => {
		const choice: FinderChoice = { country: 'US', age: '20-29', gender: 'frauen' };
		const link = await encodeChoiceLink(choice);
		if (!link.ok) throw new Error('encoding failed');
		expect(link.fragment).toMatch(/^plattformen=1\.[zj]\.[A-Za-z0-9_-]+$/);
		expect(await readChoiceLink(`#${link.fragment}`, fallback, countries)).toEqual({ choice, legacy: false });
	});
	it('still read old links and mark them for rewriting', async () => {
		expect(await readChoiceLink('#land=US&alter=20-29&geschlecht=alle', fallback, countries)).toEqual({
			choice: { country: 'US', age: '20-29', gender: 'alle' },
			legacy: true,
		});
	});
	it('leave a chapter’s own anchor alone', async () => {
		expect(await readChoiceLink('#zielgruppen-finden', fallback, countries)).toBeNull();
		expect(await readChoiceLink('', fallback, countries)).toBeNull();
	});
});
