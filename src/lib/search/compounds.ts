/**
 * German compounds for the search index. Pagefind matches query words as prefixes, so
 * „Reichweite“ already finds „Reichweitenverlust“; but the tail of a compound („Kommunikation“ in
 * „Krisenkommunikation“) is invisible to it. At build time we therefore split compounds into parts
 * that exist as words elsewhere on the site and index the parts next to the compound.
 */

/** Linking elements (Fugenelemente) that may join two parts: Reichweite-n-verlust, Kunde-n-service. */
const LINKS = ['', 's', 'n', 'en', 'es', 'e', 'er'];
const MIN_PART = 4;
const MIN_COMPOUND = 8;
const WORD = /[A-Za-zÄÖÜäöüß]+/g;

/** Markers around the added parts; the search UI removes them from excerpts. */
export const SPLIT_OPEN = '⟦';
export const SPLIT_CLOSE = '⟧';

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
 * Append the parts of every compound in a plain text, e.g.
 * „Die Krisenkommunikation“ → „Die Krisenkommunikation ⟦Krise Kommunikation⟧“.
 */
export function augmentText(text: string, vocab: Set<string>): string {
	return text.replace(WORD, (word) => {
		const parts = splitCompound(word.toLowerCase(), vocab);
		if (!parts) return word;
		const shown = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1));
		return `${word} ${SPLIT_OPEN}${shown.join(' ')}${SPLIT_CLOSE}`;
	});
}

/**
 * Apply `augmentText` to the text between the tags of an HTML document, leaving markup, scripts
 * and styles untouched. Only used on the copy handed to the indexer, never on served pages.
 */
export function augmentHtml(html: string, vocab: Set<string>): string {
	const parts = html.split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>)/i);
	return parts.map((part) => (part.startsWith('<') ? part : augmentText(part, vocab))).join('');
}

/**
 * Remove the added parts from an excerpt before it is shown. Pagefind may have put <mark> tags
 * across the markers; those tags are kept so that the excerpt's markup stays balanced.
 */
export function stripSplitMarkers(excerpt: string): string {
	return excerpt.replace(/\s?⟦([^⟧]*)⟧/g, (_, inner: string) => inner.match(/<\/?mark>/g)?.join('') ?? '');
}
