import type { APIRoute } from 'astro';
import { getExportChapters } from '../../../lib/quiz-export/content';
import { toGift } from '../../../lib/quiz-export/gift';

/** /export/quiz/alle.gift.txt: every chapter's quiz as GIFT text, one category per chapter. */
export const GET: APIRoute = async () =>
	new Response(toGift(await getExportChapters()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
