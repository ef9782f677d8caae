/** Loads the chapter quizzes for the exports (build time only: uses astro:content). */
import { getCollection } from 'astro:content';
import { getChapters } from '../content';
import type { ExportChapter } from './model';

/** Address of a chapter's export file, or of all chapters with `alle`: `/export/quiz/<slug>.xml`. */
export function exportPath(slug: string, format: 'xml' | 'gift'): string {
	return `/export/quiz/${slug}.${format === 'xml' ? 'xml' : 'gift.txt'}`;
}

/** Every chapter that has a quiz, in book order. */
export async function getExportChapters(): Promise<ExportChapter[]> {
	const [chapters, quizzes] = await Promise.all([getChapters(), getCollection('quiz')]);
	return chapters.flatMap((c) => {
		const quiz = quizzes.find((q) => q.id === c.id);
		return quiz ? [{ slug: c.id, order: c.data.order, title: c.data.title, questions: quiz.data.questions }] : [];
	});
}
