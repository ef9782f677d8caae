/** Workload of every chapter from its reading time, exercises and quiz (build time: uses astro:content). */
import { getCollection } from 'astro:content';
import { getChapters } from '../../lib/content';
import { chapterWorkload, type Workload } from './workload';

let cache: Promise<Map<string, Workload>> | undefined;

/** Workload per chapter slug, computed once per build. */
export function getWorkloads(): Promise<Map<string, Workload>> {
	cache ??= (async () => {
		const [chapters, exercises, quizzes] = await Promise.all([
			getChapters(),
			getCollection('aufgaben'),
			getCollection('quiz'),
		]);
		return new Map(
			chapters.map((c) => [
				c.id,
				chapterWorkload(
					c.minutes,
					exercises.filter((e) => e.data.chapter === c.id).map((e) => e.data.minutes),
					quizzes.find((q) => q.id === c.id)?.data.questions ?? [],
				),
			]),
		);
	})();
	return cache;
}
