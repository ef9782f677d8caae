import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
	it('escapes the characters that end text or an attribute value', () => {
		expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
		expect(escapeHtml('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
	});
});
