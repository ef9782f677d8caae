import { describe, expect, it } from 'vitest';
import { parseHeaders } from './headers.mjs';

describe('parseHeaders', () => {
	it('reads paths and their headers, skipping comments', () => {
		const rules = parseHeaders(
			"# note\n/*\n  X-A: 1\n/kapitel/x/\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n",
		);
		expect(rules.get('/*')).toEqual({ 'X-A': '1' });
		expect(rules.get('/kapitel/x/')).toEqual({ 'Content-Security-Policy': "default-src 'self'; script-src 'self'" });
	});
});
