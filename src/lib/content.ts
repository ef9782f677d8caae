import { getCollection, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './reading-time';

export type Chapter = CollectionEntry<'kapitel'> & { minutes: number };

/** Fail the build with a message that names the file and the field. */
function fail(file: string, field: string, message: string): never {
	throw new Error(`${file}: Feld „${field}“ – ${message}`);
}

let chapters: Promise<Chapter[]> | undefined;

/**
 * All chapters in book order with their computed reading time. Checks what a schema cannot:
 * unique order numbers and that every cited source exists.
 */
export function getChapters(): Promise<Chapter[]> {
	chapters ??= (async () => {
		const [entries, sources] = await Promise.all([getCollection('kapitel'), getCollection('quellen')]);
		const sourceIds = new Set(sources.map((s) => s.id));
		const seen = new Map<number, string>();
		for (const entry of entries) {
			const file = `content/kapitel/${entry.id}.mdx`;
			const other = seen.get(entry.data.order);
			if (other) fail(file, 'order', `${entry.data.order} ist schon an „${other}“ vergeben.`);
			seen.set(entry.data.order, entry.id);
			for (const id of entry.data.sources) {
				if (!sourceIds.has(id)) fail(file, 'sources', `unbekannte Quelle „${id}“ (keine Datei content/quellen/${id}.yaml).`);
			}
		}
		return entries
			.map((entry) => Object.assign(entry, { minutes: readingMinutes(entry.body ?? '') }))
			.sort((a, b) => a.data.order - b.data.order);
	})();
	return chapters;
}

/** Glossary entries sorted alphabetically by term, German collation. */
export async function getGlossary(): Promise<CollectionEntry<'glossar'>[]> {
	const entries = await getCollection('glossar');
	const collator = new Intl.Collator('de');
	return entries.sort((a, b) => collator.compare(a.data.term, b.data.term));
}

/** Bibliography sorted by first author, then year. */
export async function getSources(): Promise<CollectionEntry<'quellen'>[]> {
	const entries = await getCollection('quellen');
	const collator = new Intl.Collator('de');
	return entries.sort(
		(a, b) => collator.compare(a.data.authors[0] ?? '', b.data.authors[0] ?? '') || a.data.year - b.data.year,
	);
}

/** The first letter a glossary term is filed under (Ä → A). */
export function glossaryLetter(term: string): string {
	const first = term.normalize('NFD').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}
