import { describe, expect, it } from 'vitest';
import { tipId } from './tip-id';

describe('tipId', () => {
	it('numbers the mentions of one page and starts again on the next page', () => {
		const first = {};
		const second = {};
		expect([tipId(first, 'echtzeit'), tipId(first, 'echtzeit'), tipId(first, 'persona')]).toEqual([
			'begriff-echtzeit-1',
			'begriff-echtzeit-2',
			'begriff-persona-3',
		]);
		expect(tipId(second, 'echtzeit')).toBe('begriff-echtzeit-1');
	});
});
