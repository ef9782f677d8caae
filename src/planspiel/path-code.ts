/**
 * Group codes: a game's decisions as a short text a group can read out or paste, e.g.
 * „OTTO1-2312-M“. Parts: the scenario's code and version („OTTO1“), one character per decision
 * („1“–„9“ chosen, „A“–„I“ the same choice taken when the countdown ran out; „0“ for no decision
 * yet) and a check character against typos. The version makes a code from an older scenario fail
 * instead of being misread. Links that carry codes use the site's share-link codec (./share.ts).
 */
import type { Step } from './replay';

const CHOSEN = '123456789';
const TIMED_OUT = 'ABCDEFGHI';
/** Check characters without 0/O and 1/I, which are easy to confuse when read out. */
const CHECK = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface PathCode {
	prefix: string;
	version: number;
	steps: Step[];
}

export type DecodeResult = { ok: true; code: PathCode } | { ok: false; error: 'format' | 'check' };

const VALUES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-';
/**
 * Weighted sum modulo the prime 31 with weights 1–30 (never 0 mod 31). Changing one character of
 * the code changes the sum by weight × difference, which is never 0 mod 31 as long as the two
 * characters differ by less than 31 – always true within one part of a code (decisions use 19
 * characters, letters 26, digits 10). Swapping two neighbouring decisions is caught the same way.
 */
function checkChar(text: string): string {
	let sum = 0;
	for (let i = 0; i < text.length; i++) {
		const value = VALUES.indexOf(text[i] ?? '') + 1;
		sum = (sum + value * ((i % 30) + 1)) % 31;
	}
	return CHECK[sum] as string;
}

/** The code of a game. Choices beyond the ninth position cannot occur (rounds have at most four). */
export function encodePathCode({ prefix, version, steps }: PathCode): string {
	const body = steps.length === 0 ? '0' : steps.map((s) => (s.timedOut ? TIMED_OUT : CHOSEN)[s.choice] ?? '?').join('');
	const head = `${prefix}${version}-${body}`;
	return `${head}-${checkChar(head)}`;
}

const PATTERN = /^([A-Z]{2,6})(\d{1,3})-(0|[1-9A-I]{1,40})-([2-9A-HJ-NP-Z])$/;

/** Read a code as typed: case, spaces and a dash typed as „–“ do not matter. */
export function decodePathCode(raw: string): DecodeResult {
	const text = raw
		.toUpperCase()
		.replace(/[\s\u00a0]+/g, '')
		.replace(/[–—‐-‒]/g, '-');
	const m = PATTERN.exec(text);
	if (!m) return { ok: false, error: 'format' };
	const [, prefix = '', version = '', body = '', check = ''] = m;
	if (checkChar(`${prefix}${version}-${body}`) !== check) return { ok: false, error: 'check' };
	const steps =
		body === '0'
			? []
			: [...body].map((c) =>
					CHOSEN.includes(c)
						? { choice: CHOSEN.indexOf(c), timedOut: false }
						: { choice: TIMED_OUT.indexOf(c), timedOut: true },
				);
	return { ok: true, code: { prefix, version: Number(version), steps } };
}

/** Longest group name kept; longer names are cut, not refused. */
export const MAX_GROUP_NAME = 40;

/** A line of the trainer's list: an optional group name and what looks like a code. */
export interface CodeLine {
	label: string;
	code: string;
}

const CODE_IN_TEXT = /[A-Za-z]{2,6}\d{1,3}\s*[-–]\s*[0-9A-Ia-i]{1,40}\s*[-–]\s*[2-9A-HJ-NP-Za-hj-np-z]/;

/**
 * Split pasted text into group lines. Each line holds a code, a share link containing one, or a
 * group name followed by a code („Gruppe Rot: OTTO1-2312-M“). Empty lines are skipped; a line
 * without anything code-like is returned with an empty code so that the view can say so.
 */
export function splitCodeLines(text: string): CodeLine[] {
	const out: CodeLine[] = [];
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (trimmed === '') continue;
		// A link in the current format is opened first (share.ts, expandLinks); until then it is no line.
		if (/#planspiel=/.test(trimmed)) continue;
		const inLink = /#(.*)$/.exec(trimmed);
		const fromLink = inLink ? readLegacyFragment(inLink[1] ?? '') : [];
		if (fromLink.length > 0) {
			out.push(...fromLink);
			continue;
		}
		const m = CODE_IN_TEXT.exec(trimmed);
		if (!m) {
			out.push({ label: trimmed, code: '' });
			continue;
		}
		const label = trimmed
			.slice(0, m.index)
			.replace(/[\s:;,–-]+$/, '')
			.trim();
		out.push({ label, code: m[0] });
	}
	return out;
}

/**
 * Read a link in the first format, `#codes=` with percent-encoded `Name:CODE` entries separated by
 * commas (links handed out before the shared codec); anything else gives no lines.
 */
export function readLegacyFragment(fragment: string): CodeLine[] {
	// Read the raw parameter: names are percent-encoded, so a literal „,“ or „:“ is always a separator;
	// URLSearchParams would decode them first and split a name like „Rot, Tisch 2“.
	const raw = fragment
		.replace(/^#/, '')
		.split('&')
		.find((part) => part.startsWith('codes='));
	if (!raw) return [];
	return raw
		.slice('codes='.length)
		.split(',')
		.filter((entry) => entry !== '')
		.map((entry) => {
			const colon = entry.lastIndexOf(':');
			const label = colon < 0 ? '' : decodeLabel(entry.slice(0, colon));
			return { label, code: decodeLabel(entry.slice(colon + 1)) };
		});
}

function decodeLabel(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		// A hand-edited link with a stray „%“: keep the text as written.
		return text;
	}
}
