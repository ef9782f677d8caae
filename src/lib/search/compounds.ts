/**
 * German compounds for the search index. Pagefind matches query words as prefixes, so
 * „Reichweite“ already finds „Reichweitenverlust“; but the tail of a compound („Kommunikation“ in
 * „Krisenkommunikation“) is invisible to it. At build time we therefore split compounds into parts
 * that exist as words elsewhere on the site. The parts go into hidden, searchable Pagefind
 * metadata (see `integrations/search-records.ts`), never into the text that results display.
 */

/** Linking elements (Fugenelemente) that may join two parts: Reichweite-n-verlust, Kunde-n-service. */
const LINKS = ['', 's', 'n', 'en', 'es', 'e', 'er'];
const MIN_PART = 4;
const MIN_COMPOUND = 8;
const WORD = /[A-Za-zÄÖÜäöüß]+/g;

/** Collect the lowercased words (at least four letters) of some texts into a vocabulary. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
	const vocab = new Set<string>();
	for (const text of texts) {
		for (const match of text.matchAll(WORD)) {
			if (match[0].length >= MIN_PART) vocab.add(match[0].toLowerCase());
		}
	}
	return vocab;
}

/** Is `part` a known word, also as a base form without a plural/linking ending? */
function known(part: string, vocab: Set<string>): boolean {
	return part.length >= MIN_PART && vocab.has(part);
}

/**
 * Split a lowercase word into known parts, e.g. „krisenkommunikation“ → ["krise", "kommunikation"].
 * Returns `undefined` when the word is not a compound of known words.
 */
export function splitCompound(word: string, vocab: Set<string>, depth = 0): string[] | undefined {
	if (word.length < MIN_COMPOUND || depth > 3) return undefined;
	// Prefer the longest head: „reichweitenverlust“ is reichweite+n+verlust, not reich+weitenverlust.
	for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
		const left = word.slice(0, i);
		const right = word.slice(i);
		for (const link of LINKS) {
			if (link && !left.endsWith(link)) continue;
			const head = link ? left.slice(0, -link.length) : left;
			const headOk = known(head, vocab) || (link === 'n' && known(head, vocab)) || known(head + 'e', vocab);
			if (!headOk) continue;
			const headWord = known(head, vocab) ? head : head + 'e';
			if (known(right, vocab)) return [headWord, right];
			const rest = splitCompound(right, vocab, depth + 1);
			if (rest) return [headWord, ...rest];
		}
	}
	return undefined;
}

/**
 * The parts of all compounds in a plain text, lowercased and without repeats, in order of first
 * appearance: „Die Krisenkommunikation und der Kundenservice“ → ["krise", "kommunikation",
 * "kunde", "service"].
 */
export function compoundParts(text: string, vocab: Set<string>): string[] {
	const parts = new Set<string>();
	for (const match of text.matchAll(WORD)) {
		for (const part of splitCompound(match[0].toLowerCase(), vocab) ?? []) parts.add(part);
	}
	return [...parts];
}
