/**
 * Links to the trainer's comparison view, written with the site's one share-link codec
 * (src/lib/share-link.ts): `#planspiel=1.<codec>.<payload>`, data only in the fragment. Links in
 * the first format (`#codes=Rot:OTTO1-…`) are still read, and the view rewrites them.
 */
import { decodeLink, encodeLink, isLink } from '../lib/share-link';
import { MAX_GROUP_NAME, readLegacyFragment, type CodeLine } from './path-code';

export const LINK_KEY = 'planspiel';
export const LINK_VERSION = 1;
/** More groups than fit in a seminar room are cut (the view shows at most a handful anyway). */
const MAX_LINES = 40;
const MAX_CODE = 60;

/** The fragment (without `#`) for these groups; `undefined` when it would be too long for a link. */
export async function encodeCompareLink(lines: readonly CodeLine[]): Promise<string | undefined> {
	const groups = lines.filter((l) => l.code !== '').map(({ label, code }) => ({ label, code }));
	const result = await encodeLink(LINK_KEY, LINK_VERSION, { groups });
	return result.ok ? result.fragment : undefined;
}

function validate(data: unknown): CodeLine[] | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const groups = (data as { groups?: unknown }).groups;
	if (!Array.isArray(groups)) return undefined;
	const lines: CodeLine[] = [];
	for (const g of groups.slice(0, MAX_LINES)) {
		if (typeof g !== 'object' || g === null) continue;
		const { label, code } = g as Record<string, unknown>;
		if (typeof code !== 'string' || code.length > MAX_CODE) continue;
		lines.push({ label: typeof label === 'string' ? label.slice(0, MAX_GROUP_NAME) : '', code });
	}
	return lines;
}

/**
 * The groups in a location hash: `lines` (empty when there are none) and whether the hash was in
 * the old format (the caller rewrites it) or could not be read at all.
 */
export async function decodeCompareLink(
	hash: string,
): Promise<{ lines: CodeLine[]; legacy: boolean; unreadable: boolean }> {
	if (!isLink(hash, LINK_KEY)) return { lines: readLegacyFragment(hash), legacy: true, unreadable: false };
	const decoded = await decodeLink(hash, LINK_KEY, LINK_VERSION);
	const lines = decoded.ok ? validate(decoded.data) : undefined;
	return { lines: lines ?? [], legacy: false, unreadable: lines === undefined };
}

const LINK_IN_LINE = /#(planspiel=\S*)/;

/** Whether pasted text holds a link in the current format, which `expandLinks` must open first. */
export const hasCompareLink = (text: string): boolean => LINK_IN_LINE.test(text);

/**
 * Replace every pasted comparison link by its groups, one „Name: CODE“ line each. A link that
 * cannot be read stays as its address without the fragment, so the view reports that line.
 */
export async function expandLinks(text: string): Promise<string> {
	const out: string[] = [];
	for (const line of text.split(/\r?\n/)) {
		const m = LINK_IN_LINE.exec(line);
		if (!m) {
			out.push(line);
			continue;
		}
		const { lines, unreadable } = await decodeCompareLink(`#${m[1] ?? ''}`);
		if (unreadable || lines.length === 0) out.push(line.replace(LINK_IN_LINE, '').trim());
		else out.push(...lines.map((l) => (l.label ? `${l.label}: ${l.code}` : l.code)));
	}
	return out.join('\n');
}
