import { describe, expect, it } from 'vitest';
import { newestDate, PAGE_REVIEWED } from './reviewed';

describe('newestDate', () => {
	it('picks the latest ISO date, whatever the order', () => {
		expect(newestDate(['2026-11-01', '2026-12-05', '2025-01-31'])).toBe('2026-12-05');
		expect(newestDate(['2024-02-29'])).toBe('2024-02-29');
	});
	it('refuses an empty list instead of inventing a date', () => {
		expect(() => newestDate([])).toThrow();
	});
	it('holds only real ISO dates for the static pages', () => {
		for (const d of Object.values(PAGE_REVIEWED)) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d);
	});
});
