import type { APIRoute } from 'astro';
import { getExportChapters } from '../../../lib/quiz-export/content';
import { toMoodleXml } from '../../../lib/quiz-export/moodle-xml';

/** /export/quiz/alle.xml: every chapter's quiz as Moodle XML, one category per chapter. */
export const GET: APIRoute = async () =>
	new Response(toMoodleXml(await getExportChapters()), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
