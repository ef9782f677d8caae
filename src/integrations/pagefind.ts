import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { documentVocabulary, searchDocuments, withCompoundParts } from './search-records';
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

/**
 * After Astro has written the site: link the search dialog to its script (search-module.ts), then
 * build the Pagefind search index. Glossary terms become results of their own and German compound
 * parts are added as hidden metadata (see `search-records.ts`); only the copies handed to Pagefind
 * change, the served HTML stays untouched. Any Pagefind error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'smp-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = await listHtml(outDir);
				const linked = await linkSearchModule(outDir, files);
				const documents = searchDocuments(files.map((file) => ({ file, html: linked.get(file) ?? '' })));
				const vocab = documentVocabulary(documents);
				try {
					const created = await pagefind.createIndex({ forceLanguage: 'de' });
					assertOk('createIndex', created);
					const index = created.index;
					if (!index) throw new Error('Pagefind hat keinen Index angelegt.');
					for (const { source, html } of documents) {
						const response = await index.addHTMLFile({ ...source, content: withCompoundParts(html, vocab) });
						assertOk(`addHTMLFile ${'url' in source ? source.url : source.sourcePath}`, response);
					}
					assertOk('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
					logger.info(`Suchindex: ${documents.length} Treffer-Dokumente, ${vocab.size} Wörter im Vokabular.`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
