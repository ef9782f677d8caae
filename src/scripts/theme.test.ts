import { describe, expect, it } from 'vitest';
import { readThemeChoice, resolveTheme } from './theme';

describe('theme choice', () => {
	it.each([
		[null, 'system'],
		['{"v":1,"data":"dark"}', 'dark'],
		['{"v":1,"data":"light"}', 'light'],
		['{"v":1,"data":"purple"}', 'system'],
		['not json', 'system'],
		['null', 'system'],
	])('reads %s as %s', (raw, expected) => {
		expect(readThemeChoice(raw)).toBe(expected);
	});
	it('follows the system only when asked to', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
	});
});
