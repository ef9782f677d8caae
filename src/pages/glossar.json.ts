import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/content';

/**
 * /glossar.json: every glossary term with its definition, for the tooltips of `<Begriff>`. One
 * cached file fetched on the reader's first interaction instead of hidden definitions in every
 * page's HTML (issue 14; src/scripts/glossary-tips.ts).
 */
export const GET: APIRoute = async () => {
	const terms = Object.fromEntries((await getGlossary()).map((e) => [e.id, [e.data.term, e.data.definition]]));
	return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
