/**
 * Scanner for web-server access logs in Common or Combined Log Format (nginx, Apache):
 *   127.0.0.1 - - [10/Oct/2025:13:55:36 +0200] "GET / HTTP/1.1" 200 2326 "-" "Mozilla/5.0 …"
 * Hand-written instead of a regular expression because it runs once per line on files with
 * millions of lines: it finds the `[`, checks fixed positions and computes the instant directly.
 */
import { daysFromCivil } from './week';

/** Returned instead of an instant when the line has no readable date. */
export const NO_DATE = Number.NaN;

const ZERO = 48;

function digit(s: string, i: number): number {
	const d = s.charCodeAt(i) - ZERO;
	return d >= 0 && d <= 9 ? d : -1000;
}

function two(s: string, i: number): number {
	return digit(s, i) * 10 + digit(s, i + 1);
}

/** Month 1–12 from its English abbreviation at position i, or 0. */
function month(s: string, i: number): number {
	const key = s.slice(i, i + 3);
	switch (key) {
		case 'Jan':
			return 1;
		case 'Feb':
			return 2;
		case 'Mar':
			return 3;
		case 'Apr':
			return 4;
		case 'May':
			return 5;
		case 'Jun':
			return 6;
		case 'Jul':
			return 7;
		case 'Aug':
			return 8;
		case 'Sep':
			return 9;
		case 'Oct':
			return 10;
		case 'Nov':
			return 11;
		case 'Dec':
			return 12;
		default:
			return 0;
	}
}

/**
 * The instant (ms since 1970, UTC) of a log line's `[dd/Mon/yyyy:HH:MM:SS ±hhmm]` field, or NaN.
 * The offset in the field is the server's; subtracting it gives UTC, so the server's zone and
 * daylight-saving state do not matter.
 */
export function parseClfInstant(line: string): number {
	const i = line.indexOf('[');
	if (i < 1 || line.length < i + 28 || line.charCodeAt(i + 27) !== 93 /* ] */) return NO_DATE;
	if (
		line[i + 3] !== '/' ||
		line[i + 7] !== '/' ||
		line[i + 12] !== ':' ||
		line[i + 15] !== ':' ||
		line[i + 18] !== ':' ||
		line[i + 21] !== ' '
	) {
		return NO_DATE;
	}
	const day = two(line, i + 1);
	const mon = month(line, i + 4);
	const year = two(line, i + 8) * 100 + two(line, i + 10);
	const hour = two(line, i + 13);
	const minute = two(line, i + 16);
	const second = two(line, i + 19);
	const sign = line[i + 22] === '+' ? 1 : line[i + 22] === '-' ? -1 : 0;
	const offH = two(line, i + 23);
	const offM = two(line, i + 25);
	if (
		mon === 0 ||
		sign === 0 ||
		day < 1 ||
		day > 31 ||
		year < 1970 ||
		hour > 23 ||
		minute > 59 ||
		second > 60 ||
		offH < 0 ||
		offH > 18 ||
		offM < 0 ||
		offM > 59 ||
		hour < 0 ||
		minute < 0 ||
		second < 0
	) {
		return NO_DATE;
	}
	const localSeconds = daysFromCivil(year, mon, day) * 86_400 + hour * 3600 + minute * 60 + second;
	return (localSeconds - sign * (offH * 3600 + offM * 60)) * 1000;
}

const ASSET_ENDINGS = [
	'.css',
	'.js',
	'.mjs',
	'.png',
	'.jpg',
	'.jpeg',
	'.gif',
	'.svg',
	'.ico',
	'.webp',
	'.avif',
	'.woff',
	'.woff2',
	'.ttf',
	'.map',
	'.mp4',
	'.webm',
];
const BOT_MARKERS = ['bot', 'Bot', 'spider', 'Spider', 'crawl', 'Crawl', 'Slurp', 'facebookexternalhit'];

/**
 * Whether a log line is a request for a file (image, CSS, script, font) or comes from a
 * crawler: those lines say nothing about when people read, so they can be left out.
 */
export function isBotOrAsset(line: string): boolean {
	const q = line.indexOf('"', line.indexOf(']'));
	if (q < 0) return false;
	const pathStart = line.indexOf(' ', q) + 1;
	let pathEnd = line.indexOf(' ', pathStart);
	if (pathStart <= 0 || pathEnd < 0) return false;
	const query = line.indexOf('?', pathStart);
	if (query >= 0 && query < pathEnd) pathEnd = query;
	const dot = line.lastIndexOf('.', pathEnd);
	if (dot > pathStart && pathEnd - dot <= 6) {
		const ending = line.slice(dot, pathEnd).toLowerCase();
		if (ASSET_ENDINGS.includes(ending)) return true;
	}
	for (const marker of BOT_MARKERS) {
		if (line.indexOf(marker, pathEnd) >= 0) return true;
	}
	return false;
}
