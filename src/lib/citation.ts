import type { QuelleData } from '../schemas/quellen';

/**
 * The site's one citation style (documented in content/README.md, „Zitierweise“): author–year
 * short citations in running text and a German full entry in the bibliography. Pure functions,
 * so the same rules hold on every page that cites.
 */

const NBSP = '\u00a0';

/** „Li, Charlene“ → „Li“; organisations stay whole. */
function surname(author: string): string {
	const comma = author.indexOf(',');
	return comma > 0 ? author.slice(0, comma).trim() : author.trim();
}

type NameFields = Pick<QuelleData, 'authors' | 'shortTitle'>;

/** The „who“ of a short citation: „Li/Bernoff“, „Bock u. a.“ or, without authors, „„Kurztitel““. */
export function citationName(q: NameFields): string {
	if (q.authors.length === 0) return `„${q.shortTitle ?? ''}“`;
	const names = q.authors.map(surname);
	return names.length > 2 ? `${names[0]} u.${NBSP}a.` : names.join('/');
}

/** The year with its disambiguating letter, or „o. J.“ when the year could not be found. */
export function citationYear(q: Pick<QuelleData, 'year'>, suffix = ''): string {
	return `${q.year ?? `o.${NBSP}J.`}${suffix}`;
}

/** Short citation for running text, e.g. „Li/Bernoff 2008“, „Gartner 2008b“, „salesfocus.at o. J.“. */
export function shortCitation(q: NameFields & Pick<QuelleData, 'year'>, suffix = ''): string {
	return `${citationName(q)} ${citationYear(q, suffix)}`;
}

type LabelledEntry = { id: string; data: NameFields & Pick<QuelleData, 'year' | 'date' | 'title'> };

/**
 * Letters that tell apart works with the same short citation („Gartner 2008a“, „Gartner 2008b“):
 * ordered by publication date, then title. Entries that are unique get no letter.
 */
export function citationSuffixes(entries: readonly LabelledEntry[]): Map<string, string> {
	const collator = new Intl.Collator('de');
	const groups = new Map<string, LabelledEntry[]>();
	for (const entry of entries) {
		const key = shortCitation(entry.data);
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	const suffixes = new Map<string, string>();
	for (const group of groups.values()) {
		const sorted = [...group].sort(
			(a, b) =>
				// Undated works after dated ones, so that a newly found date does not reshuffle letters.
				(a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || collator.compare(a.data.title, b.data.title),
		);
		sorted.forEach((entry, i) => suffixes.set(entry.id, group.length > 1 ? String.fromCharCode(97 + i) : ''));
	}
	return suffixes;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** Format an ISO date (2026-11-01) as „1. November 2026“. */
export function formatIsoDate(iso: string): string {
	return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** A full bibliography entry in display order, without markup; components add links and <cite>. */
export interface CitationParts {
	/** „Li, Charlene; Bernoff, Josh (2008):“ – empty for works without author (title comes first). */
	lead: string;
	title: string;
	/** The title is a description of the work: show it in [brackets], not as a quoted title. */
	described: boolean;
	/** Text right after the title: „ (o. J.)“ for works without author, else empty. */
	afterTitle: string;
	/** Container, imprint, date and pages, ISBN and DOI as sentences, without final full stop. */
	details: string[];
	url?: string;
	/** „abgerufen am 1. November 2026“, only for a real visit. */
	accessed?: string;
	archive?: string;
	note?: string;
}

function listNames(names: readonly string[]): string {
	return names.join('; ');
}

/** The parts of a full bibliography entry in the site's German citation order. */
export function citationParts(q: QuelleData, suffix = ''): CitationParts {
	const year = `(${citationYear(q, suffix)})`;
	const container = q.container
		? `In: ${q.editors ? `${listNames(q.editors)} (Hrsg.): ` : ''}${q.container}${q.series ? ` (${q.series})` : ''}`
		: undefined;
	const imprint = [q.place, q.publisher].filter(Boolean).join(': ');
	const where = [container, imprint, q.date && formatIsoDate(q.date), q.pages && `S.${NBSP}${q.pages}`].filter(
		(s): s is string => Boolean(s),
	);
	const details = [where.join(', '), q.isbn && `ISBN ${q.isbn}`, q.doi && `DOI: ${q.doi}`].filter((s): s is string =>
		Boolean(s),
	);
	return {
		lead: q.authors.length > 0 ? `${listNames(q.authors)} ${year}:` : '',
		title: q.title,
		described: q.descriptiveTitle,
		afterTitle: q.authors.length > 0 ? '' : ` ${year}`,
		details,
		...(q.url && { url: q.url }),
		...(q.url && q.accessed && { accessed: `abgerufen am ${formatIsoDate(q.accessed)}` }),
		...(q.archive && { archive: q.archive }),
		...(q.note && { note: q.note }),
	};
}

/** „Titel.“ but „Titel?“ – no full stop after a title that already ends in a sign. */
export function closeSentence(text: string): string {
	return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/** The whole entry as plain text (tests, print, search): exactly what the page shows. */
export function citationText(q: QuelleData, suffix = ''): string {
	const p = citationParts(q, suffix);
	const title = p.described ? `[${p.title}]` : p.title;
	const sentences = [
		closeSentence(`${p.lead ? `${p.lead} ` : ''}${title}${p.afterTitle}`),
		...p.details.map(closeSentence),
		p.url && closeSentence(`Online: ${p.url}${p.accessed ? ` (${p.accessed})` : ''}`),
		p.archive && closeSentence(`Archivkopie: ${p.archive}`),
		p.note,
	];
	return sentences.filter(Boolean).join(' ');
}
