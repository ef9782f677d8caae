import { describe, expect, it } from 'vitest';
import { isBotOrAsset, parseClfInstant } from './parse-clf';

const line = (stamp: string, rest = '"GET / HTTP/1.1" 200 123 "-" "Mozilla/5.0"') =>
	`192.0.2.1 - frank [${stamp}] ${rest}`;

describe('parseClfInstant', () => {
	it('reads Common and Combined lines and converts the offset to UTC', () => {
		expect(parseClfInstant(line('10/Oct/2025:13:55:36 +0200'))).toBe(Date.UTC(2025, 9, 10, 11, 55, 36));
		expect(parseClfInstant(line('10/Oct/2025:13:55:36 -0700', '"GET /a HTTP/1.0" 200 2326'))).toBe(
			Date.UTC(2025, 9, 10, 20, 55, 36),
		);
		expect(parseClfInstant(line('01/Jan/2025:00:00:00 +0000'))).toBe(Date.UTC(2025, 0, 1));
		expect(parseClfInstant(line('31/Dec/2024:23:30:00 +0530'))).toBe(Date.UTC(2024, 11, 31, 18, 0));
	});

	it('returns NaN for broken dates instead of guessing', () => {
		for (const bad of [
			line('32/Oct/2025:13:55:36 +0200'),
			line('10/Okt/2025:13:55:36 +0200'),
			line('10/Oct/2025:25:55:36 +0200'),
			line('10/Oct/2025:13:55:36 0200'),
			line('10/Oct/2025 13:55:36 +0200'),
			'ohne Datum',
			'[10/Oct/2025:13:55:36 +0200] ohne Host',
			'',
		]) {
			expect(parseClfInstant(bad), bad).toBeNaN();
		}
	});
});

describe('isBotOrAsset', () => {
	it('recognises files and crawlers', () => {
		expect(isBotOrAsset(line('10/Oct/2025:13:55:36 +0200', '"GET /style.css HTTP/1.1" 200 1 "-" "Mozilla"'))).toBe(
			true,
		);
		expect(isBotOrAsset(line('10/Oct/2025:13:55:36 +0200', '"GET /logo.PNG?v=2 HTTP/1.1" 200 1 "-" "Mozilla"'))).toBe(
			true,
		);
		expect(isBotOrAsset(line('10/Oct/2025:13:55:36 +0200', '"GET / HTTP/1.1" 200 1 "-" "Googlebot/2.1"'))).toBe(true);
		expect(isBotOrAsset(line('10/Oct/2025:13:55:36 +0200', '"GET /blog/v1.2/ HTTP/1.1" 200 1 "-" "Mozilla/5.0"'))).toBe(
			false,
		);
		expect(isBotOrAsset(line('10/Oct/2025:13:55:36 +0200'))).toBe(false);
	});
});
