import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportChapters } from '../../../lib/quiz-export/content';
import { toMoodleXml } from '../../../lib/quiz-export/moodle-xml';
import type { ExportChapter } from '../../../lib/quiz-export/model';

/** /export/quiz/<chapter>.xml: one chapter's quiz as Moodle XML, written at build time. */
export const getStaticPaths = (async () =>
	(await getExportChapters()).map((chapter) => ({
		params: { chapter: chapter.slug },
		props: { chapter },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: ExportChapter }> = ({ props }) =>
	new Response(toMoodleXml([props.chapter]), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
