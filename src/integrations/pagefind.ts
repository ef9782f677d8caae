import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { augmentHtml, buildVocabulary } from '../lib/search/compounds';
import { linkSearchModule } from './search-module';

/** Every `.html` file below `dir`, as paths relative to it. */
async function listHtml(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** Throw with all messages when a Pagefind call reports errors, so that the build fails. */
function assertOk(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`Pagefind (${step}) meldet Fehler:\n${response.errors.join('\n')}`);
	}
}

/** Text inside the indexed region only, so that navigation words do not enter the vocabulary. */
function indexedText(html: string): string {
	const start = html.indexOf('data-pagefind-body');
	if (start < 0) return '';
	return html.slice(start).replace(/<[^>]+>/g, ' ');
}

/**
 * After Astro has written the site: link the search dialog to its script (search-module.ts), then
 * build the Pagefind search index. Each page is handed to
 * Pagefind with German compound parts added (see `lib/search/compounds.ts`); the served HTML
 * stays untouched. Any Pagefind error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'smp-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await listHtml(outDir);
				const linked = await linkSearchModule(outDir, files);
				const pages = files.map((file) => ({ file, html: linked.get(file) ?? '' }));
				const vocab = buildVocabulary(pages.map((p) => indexedText(p.html)));
				try {
					const created = await pagefind.createIndex({ forceLanguage: 'de' });
					assertOk('createIndex', created);
					const index = created.index;
					if (!index) throw new Error('Pagefind hat keinen Index angelegt.');
					let indexed = 0;
					for (const { file, html } of pages) {
						if (!html.includes('data-pagefind-body')) continue;
						const response = await index.addHTMLFile({
							sourcePath: file.split(sep).join('/'),
							content: augmentHtml(html, vocab),
						});
						assertOk(`addHTMLFile ${file}`, response);
						indexed++;
					}
					assertOk('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
					logger.info(`Suchindex: ${indexed} Seiten, ${vocab.size} Wörter im Vokabular.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
