/** Words per minute for attentive reading of German non-fiction. */
const WORDS_PER_MINUTE = 200;

/** Count the words of an MDX body, ignoring component tags, markup and table rules. */
export function countWords(body: string): number {
	const text = body
		.replace(/^---[\s\S]*?---/, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_|`>-]+/g, ' ');
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(body: string): number {
	return Math.max(1, Math.round(countWords(body) / WORDS_PER_MINUTE));
}
