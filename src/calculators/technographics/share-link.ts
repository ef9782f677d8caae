import { decodeLink, encodeLink, isLink, type LinkEncodeResult } from '../../lib/share-link';
import { ALL_ACTIVITIES, FREQUENCIES, RUNGS, type ActivityId, type Frequency, type Rung } from './rungs';
import type { RungCounts } from './classify';

/**
 * The calculator's settings in the URL fragment, so that a link reproduces the view without a
 * server: the compared data sets, the reference, an own group's counts (never raw answers) and
 * the self-test. Links use the site's shared format (`#technographics=…`, src/lib/share-link.ts);
 * its data are the compact parameters below (`vgl`, `ref`, `n`, `stufen`, `selbst`). Links made
 * before carried the same parameters directly in the fragment (`#v=1&vgl=…`); they are still
 * read. Decoding checks every part and drops what is invalid instead of failing.
 */

export const MAX_COMPARE = 3;
const FORMAT_VERSION = '1';
export const SHARE_KEY = 'technographics';
const LINK_VERSION = 1;

export type SelfTestAnswers = Partial<Record<ActivityId, Frequency>>;

export interface ShareState {
	compare: string[];
	reference: string | null;
	group: { n: number; counts: RungCounts } | null;
	selfTest: SelfTestAnswers | null;
}

/** Encode settings as the compact parameters (the old fragment, without `#`). */
export function encodeShareState(state: ShareState): string {
	const params = new URLSearchParams();
	params.set('v', FORMAT_VERSION);
	if (state.compare.length > 0) params.set('vgl', state.compare.slice(0, MAX_COMPARE).join(','));
	if (state.reference) params.set('ref', state.reference);
	if (state.group) {
		params.set('n', String(state.group.n));
		params.set('stufen', RUNGS.map((r) => (state.group?.counts[r] ?? '-').toString()).join('.'));
	}
	if (state.selfTest) {
		// One digit per activity in ladder order: 0 = nie … 4 = täglich.
		params.set('selbst', ALL_ACTIVITIES.map((a) => FREQUENCIES.indexOf(state.selfTest?.[a] ?? 'nie')).join(''));
	}
	// URLSearchParams encodes the commas; they are safe in a fragment and easier to read.
	return params.toString().replace(/%2C/g, ',');
}

/** Read settings from a fragment (with or without `#`); unknown or invalid parts are ignored. */
export function decodeShareState(fragment: string, knownIds: readonly string[]): ShareState {
	const params = new URLSearchParams(fragment.replace(/^#/, ''));
	const known = new Set(knownIds);
	const compare = [...new Set((params.get('vgl') ?? '').split(',').filter((id) => known.has(id)))].slice(
		0,
		MAX_COMPARE,
	);
	const ref = params.get('ref');
	return {
		compare,
		reference: ref !== null && known.has(ref) ? ref : null,
		group: decodeGroup(params.get('n'), params.get('stufen')),
		selfTest: decodeSelfTest(params.get('selbst')),
	};
}

/** Whether a fragment carries settings in the old format (`#v=1&…`). */
export function hasShareState(fragment: string): boolean {
	return new URLSearchParams(fragment.replace(/^#/, '')).get('v') === FORMAT_VERSION;
}

function decodeGroup(rawN: string | null, rawCounts: string | null): ShareState['group'] {
	if (rawN === null || rawCounts === null || !/^\d{1,8}$/.test(rawN)) return null;
	const n = Number(rawN);
	const parts = rawCounts.split('.');
	if (n < 1 || parts.length !== RUNGS.length) return null;
	const counts = {} as RungCounts;
	for (const [i, rung] of RUNGS.entries()) {
		const part = parts[i] ?? '';
		if (part === '-') {
			counts[rung as Rung] = null;
			continue;
		}
		if (!/^\d{1,8}$/.test(part) || Number(part) > n) return null;
		counts[rung as Rung] = Number(part);
	}
	return { n, counts };
}

function decodeSelfTest(raw: string | null): SelfTestAnswers | null {
	if (raw === null || !new RegExp(`^[0-4]{${ALL_ACTIVITIES.length}}$`).test(raw)) return null;
	const answers: SelfTestAnswers = {};
	ALL_ACTIVITIES.forEach((activity, i) => {
		const frequency = FREQUENCIES[Number(raw[i])];
		if (frequency && frequency !== 'nie') answers[activity] = frequency;
	});
	return answers;
}

/** The fragment (without `#`) of a share link in the site's shared format. */
export function encodeShareLink(state: ShareState): Promise<LinkEncodeResult> {
	return encodeLink(SHARE_KEY, LINK_VERSION, Object.fromEntries(new URLSearchParams(encodeShareState(state))));
}

/** Settings from a location hash: `legacy` when the link is in the old format and should be rewritten. */
export async function readShareLink(
	hash: string,
	knownIds: readonly string[],
): Promise<{ state: ShareState; legacy: boolean } | null> {
	if (isLink(hash, SHARE_KEY)) {
		const link = await decodeLink(hash, SHARE_KEY, LINK_VERSION);
		const data = link.ok && typeof link.data === 'object' && link.data !== null ? link.data : {};
		const params = Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string');
		return { state: decodeShareState(new URLSearchParams(params).toString(), knownIds), legacy: false };
	}
	return hasShareState(hash) ? { state: decodeShareState(hash, knownIds), legacy: true } : null;
}
