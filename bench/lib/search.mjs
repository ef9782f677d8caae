// Search measurements for `npm run bench`: index size per indexed page and the cold first search
// (fresh browser profile: Pagefind's script, WebAssembly, index chunks and the first five result
// fragments), both through Pagefind's own API, so our site and Starlight are measured alike.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of the index data (index, fragment, filter, meta files; not the UI bundles). */
export function indexStats(dist) {
	const dir = join(dist, 'pagefind');
	let bytes = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		if (/[\\/](index|fragment|filter)[\\/]/.test(path) || entry.name.endsWith('.pf_meta')) bytes += statSync(path).size;
	}
	// HTML pages in the index: ours marks them with data-pagefind-body; Starlight indexes every page.
	let pages = 0;
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html') || /[\\/]pagefind[\\/]/.test(entry.parentPath)) continue;
		const html = readFileSync(join(entry.parentPath, entry.name), 'utf8');
		if (html.includes('data-pagefind-body')) pages++;
	}
	if (pages === 0 && existsSync(join(dir, 'pagefind-entry.json'))) {
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
		pages = Object.values(entry.languages).reduce((s, l) => s + l.page_count, 0);
	}
	return { bytes, pages, perPage: bytes / Math.max(pages, 1) };
}

/** Milliseconds from the first search call to five loaded results, in a fresh profile. */
export async function coldSearch(browser, url, query) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	const ms = await page.evaluate(async (q) => {
		const started = performance.now();
		const pagefind = await import('/pagefind/pagefind.js');
		const found = await pagefind.search(q);
		await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
		if (found.results.length === 0) throw new Error(`Keine Treffer für „${q}“`);
		return performance.now() - started;
	}, query);
	await context.close();
	return ms;
}
