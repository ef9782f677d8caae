import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readingMinutes } from './reading-time';
import { citationName, citationSuffixes, shortCitation } from './citation';
import { newestDate } from './reviewed';

export type Chapter = CollectionEntry<'kapitel'> & { minutes: number };

/** Fail the build with a message that names the file and the field. */
function fail(file: string, field: string, message: string): never {
	throw new Error(`${file}: Feld „${field}“ – ${message}`);
}

/**
 * The bibliography entry `id`. Every id that content or a page cites goes through here, so an
 * unknown one fails the build in one way, naming `where` it was cited (file and field, or page).
 * Astro's `reference()` would only log such an id (Astro 7 reports missing references after the
 * content sync without failing the build), so the check stays ours.
 */
export async function requireSource(id: string, where: string): Promise<CollectionEntry<'quellen'>> {
	const entry = await getEntry('quellen', id);
	if (!entry) throw new Error(`${where} – unbekannte Quelle „${id}“ (keine Datei content/quellen/${id}.yaml).`);
	return entry;
}

let chapters: Promise<Chapter[]> | undefined;

/**
 * All chapters in book order with their computed reading time. Checks what a schema cannot:
 * unique order numbers, that every cited source exists, and that every exercise, quiz and
 * glossary term names chapters that exist (otherwise it would silently vanish from the pages).
 */
export function getChapters(): Promise<Chapter[]> {
	chapters ??= (async () => {
		const [entries, exercises, quizzes, terms] = await Promise.all([
			getCollection('kapitel'),
			getCollection('aufgaben'),
			getCollection('quiz'),
			getCollection('glossar'),
		]);
		const seen = new Map<number, string>();
		for (const entry of entries) {
			const file = `content/kapitel/${entry.id}.mdx`;
			const other = seen.get(entry.data.order);
			if (other) fail(file, 'order', `${entry.data.order} ist schon an „${other}“ vergeben.`);
			seen.set(entry.data.order, entry.id);
			for (const id of entry.data.sources) await requireSource(id, `${file}: Feld „sources“`);
		}
		const slugs = new Set(entries.map((e) => e.id));
		const requireChapter = (slug: string, file: string, field: string): void => {
			if (!slugs.has(slug))
				fail(file, field, `unbekanntes Kapitel „${slug}“ (keine Datei content/kapitel/${slug}.mdx).`);
		};
		for (const e of exercises) requireChapter(e.data.chapter, `content/aufgaben/${e.id}.mdx`, 'chapter');
		for (const q of quizzes) requireChapter(q.data.chapter, `content/quiz/${q.id}.yaml`, 'chapter');
		for (const t of terms) {
			for (const slug of t.data.chapters) requireChapter(slug, `content/glossar/${t.id}.yaml`, 'chapters');
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

let suffixes: Promise<Map<string, string>> | undefined;

/**
 * The letters that tell apart works with the same short citation („Gartner 2008a/b“), computed
 * once over the whole bibliography so that every page uses the same letter for a work.
 */
export function getCitationSuffixes(): Promise<Map<string, string>> {
	suffixes ??= getCollection('quellen').then((entries) => citationSuffixes(entries));
	return suffixes;
}

/** The short citation of a bibliography entry as every page shows it, e.g. „Gartner 2008b“. */
export async function getShortCitation(entry: CollectionEntry<'quellen'>): Promise<string> {
	return shortCitation(entry.data, (await getCitationSuffixes()).get(entry.id));
}

/** Bibliography in citation order: by name, then year (undated works last), then letter. */
export async function getSources(): Promise<CollectionEntry<'quellen'>[]> {
	const [entries, letters] = await Promise.all([getCollection('quellen'), getCitationSuffixes()]);
	const collator = new Intl.Collator('de');
	// Quotation marks of title-only labels would otherwise sort them before all names.
	const name = (e: CollectionEntry<'quellen'>) => citationName(e.data).replace(/^„|“$/g, '');
	return entries.sort(
		(a, b) =>
			collator.compare(name(a), name(b)) ||
			(a.data.year ?? 9999) - (b.data.year ?? 9999) ||
			(letters.get(a.id) ?? '').localeCompare(letters.get(b.id) ?? ''),
	);
}

/** The first letter a glossary term is filed under (Ä → A). */
export function glossaryLetter(term: string): string {
	const first = term.normalize('NFD').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Review date of pages made from all chapters: the newest chapter review (see src/lib/reviewed.ts). */
export async function getNewestChapterReview(): Promise<string> {
	return newestDate((await getChapters()).map((c) => c.data.reviewed));
}
