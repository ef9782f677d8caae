import type { QuelleData } from '../schemas/quellen';

/** „Li, Charlene“ → „Li“; organisations stay whole. */
function surname(author: string): string {
	const comma = author.indexOf(',');
	return comma > 0 ? author.slice(0, comma).trim() : author.trim();
}

/** Short citation for running text, e.g. „Li/Bernoff 2008“ or „Bock u. a. 2012“. */
export function shortCitation(q: Pick<QuelleData, 'authors' | 'year'>): string {
	const names = q.authors.map(surname);
	const who = names.length > 2 ? `${names[0]} u.\u00a0a.` : names.join('/');
	return `${who} ${q.year}`;
}

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Format an ISO date (2026-11-01) as „1. November 2026“. */
export function formatIsoDate(iso: string): string {
	return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** The parts of a full bibliography entry, in German citation order, without markup. */
export function citationParts(q: QuelleData): { lead: string; title: string; rest: string } {
	const lead = `${q.authors.join('; ')} (${q.year}):`;
	const rest: string[] = [];
	if (q.container) rest.push(`In: ${q.container}`);
	const imprint = [q.place, q.publisher].filter(Boolean).join(': ');
	if (imprint) rest.push(imprint);
	if (q.date) rest.push(formatIsoDate(q.date));
	if (q.pages) rest.push(`S.\u00a0${q.pages}`);
	if (q.isbn) rest.push(`ISBN ${q.isbn}`);
	return { lead, title: q.title, rest: rest.join(', ') };
}
