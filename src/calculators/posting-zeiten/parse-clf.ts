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
const SLASH = 47;
const COLON = 58;
const SPACE = 32;
const PLUS = 43;
const MINUS = 45;

function digit(s: string, i: number): number {
	const d = s.charCodeAt(i) - ZERO;
	return d >= 0 && d <= 9 ? d : -1000;
}

function two(s: string, i: number): number {
	return digit(s, i) * 10 + digit(s, i + 1);
}

/**
 * Month 1–12 from its English abbreviation at position i, or 0. Compares character codes
 * instead of cutting out a three-letter string: this runs once per line of a large log.
 */
function month(s: string, i: number): number {
	const key = (s.charCodeAt(i) << 16) | (s.charCodeAt(i + 1) << 8) | s.charCodeAt(i + 2);
	return MONTHS.get(key) ?? 0;
}

const MONTHS = new Map(
	['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((name, index) => [
		(name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2),
		index + 1,
	]),
);

/**
 * The instant (ms since 1970, UTC) of a log line's `[dd/Mon/yyyy:HH:MM:SS ±hhmm]` field, or NaN.
 * The offset in the field is the server's; subtracting it gives UTC, so the server's zone and
 * daylight-saving state do not matter.
 */
export function parseClfInstant(line: string): number {
	const i = line.indexOf('[');
	if (i < 1 || line.length < i + 28 || line.charCodeAt(i + 27) !== 93 /* ] */) return NO_DATE;
	if (
		line.charCodeAt(i + 3) !== SLASH ||
		line.charCodeAt(i + 7) !== SLASH ||
		line.charCodeAt(i + 12) !== COLON ||
		line.charCodeAt(i + 15) !== COLON ||
		line.charCodeAt(i + 18) !== COLON ||
		line.charCodeAt(i + 21) !== SPACE
	) {
		return NO_DATE;
	}
	const day = two(line, i + 1);
	const mon = month(line, i + 4);
	const year = two(line, i + 8) * 100 + two(line, i + 10);
	const hour = two(line, i + 13);
	const minute = two(line, i + 16);
	const second = two(line, i + 19);
	const signCode = line.charCodeAt(i + 22);
	const sign = signCode === PLUS ? 1 : signCode === MINUS ? -1 : 0;
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
/**
 * Crawler markers in the user agent, as one expression: a single scan of the rest of the line
 * instead of one per marker; the `g` flag lets `lastIndex` start the scan after the path.
 */
const BOT_MARKERS = /[bB]ot|[sS]pider|[cC]rawl|Slurp|facebookexternalhit/g;

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
	BOT_MARKERS.lastIndex = pathEnd;
	return BOT_MARKERS.test(line);
}
