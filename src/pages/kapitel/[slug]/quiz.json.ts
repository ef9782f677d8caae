import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toQuizQuestion } from '../../../components/learning/quiz-content';

/**
 * /kapitel/<slug>/quiz.json: the learner's view of a chapter quiz, fetched by the quiz island when
 * it scrolls into view (QuizIsland.tsx). Kept out of the chapter's HTML, which would otherwise
 * carry every question as island props (issue 14).
 */
export const getStaticPaths = (async () =>
	(await getCollection('quiz')).map((entry) => ({
		params: { slug: entry.id },
		props: { questions: entry.data.questions },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props.questions as Parameters<typeof toQuizQuestion>[0][]).map(toQuizQuestion)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
