import { describe, expect, it } from 'vitest';
import { fill } from './template';

describe('fill', () => {
	it('replaces known placeholders and leaves unknown ones', () => {
		expect(fill('{n} von {total}', { n: 2, total: 9 })).toBe('2 von 9');
		expect(fill('Hallo {name}', {})).toBe('Hallo {name}');
	});
});
