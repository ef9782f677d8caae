import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Placeholder the search dialog carries until the build knows the script's address. */
export const SEARCH_MODULE_PLACEHOLDER = '__SMP_SEARCH_MODULE__';

/** The address of the /suche/ page's script, which also wires the search dialog. */
export function findSearchModule(searchPageHtml: string): string | undefined {
	return /<script type="module" src="(\/_astro\/suche\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js)"/.exec(
		searchPageHtml,
	)?.[1];
}

/**
 * Write the search script's address into every page's dialog. Reading pages then load it with a
 * plain `import()` when the dialog opens – no bundler preload helper on every page.
 */
export async function linkSearchModule(outDir: string, files: string[]): Promise<Map<string, string>> {
	const searchPage = await readFile(join(outDir, 'suche', 'index.html'), 'utf8');
	const url = findSearchModule(searchPage);
	if (!url) throw new Error('Das Skript der Suchseite (/suche/) wurde im Build nicht gefunden.');
	const pages = new Map<string, string>();
	for (const file of files) {
		const path = join(outDir, file);
		const html = await readFile(path, 'utf8');
		const linked = html.replaceAll(SEARCH_MODULE_PLACEHOLDER, url);
		if (linked !== html) await writeFile(path, linked);
		pages.set(file, linked);
	}
	return pages;
}
