import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportChapters } from '../../../lib/quiz-export/content';
import { toGift } from '../../../lib/quiz-export/gift';
import type { ExportChapter } from '../../../lib/quiz-export/model';

/** /export/quiz/<chapter>.gift.txt: one chapter's quiz as GIFT text, written at build time. */
export const getStaticPaths = (async () =>
	(await getExportChapters()).map((chapter) => ({
		params: { chapter: chapter.slug },
		props: { chapter },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: ExportChapter }> = ({ props }) =>
	new Response(toGift([props.chapter]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
