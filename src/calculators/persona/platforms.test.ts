import { describe, expect, it } from 'vitest';
import { mergePlatforms } from './platforms';
import { MAX_PLATFORMS } from './schema';

describe('mergePlatforms', () => {
	it('appends new names in their order', () => {
		expect(mergePlatforms(['Fachforen'], ['YouTube', 'Instagram'])).toEqual({
			platforms: ['Fachforen', 'YouTube', 'Instagram'],
			added: ['YouTube', 'Instagram'],
		});
	});
	it('skips names already listed in any case, repeated names and names the field rejects', () => {
		const list = ['Instagram', 'WhatsApp'];
		const result = mergePlatforms(list, ['instagram', ' TikTok ', 'TikTok', '', 'x'.repeat(61), 'WhatsApp']);
		expect(result).toEqual({ platforms: ['Instagram', 'WhatsApp', 'TikTok'], added: ['TikTok'] });
		expect(list).toEqual(['Instagram', 'WhatsApp']);
	});
	it('adds nothing when every name is there already', () => {
		expect(mergePlatforms(['YouTube'], ['YouTube'])).toEqual({ platforms: ['YouTube'], added: [] });
	});
	it('stops at the most platforms a persona can store', () => {
		const list = Array.from({ length: MAX_PLATFORMS - 1 }, (_, i) => `Plattform ${i}`);
		const result = mergePlatforms(list, ['YouTube', 'Instagram']);
		expect(result.added).toEqual(['YouTube']);
		expect(result.platforms).toHaveLength(MAX_PLATFORMS);
	});
});
