/**
 * Pure learner-progress logic: reducers, the summary for the start page and the validation of
 * stored data. The store in `src/stores/progress.ts` only wires these to localStorage.
 *
 * Stored shape (inside the `smp:progress` envelope): `{ chapters: string[], exercises: string[] }`,
 * both sorted and free of duplicates. A chapter is its slug; an exercise is `<chapter>/<number>`
 * (see `exerciseKey`), which stays valid when chapters are renumbered.
 */

export interface Progress {
	/** Slugs of the chapters marked as done. */
	chapters: string[];
	/** Exercises ticked as done, as `exerciseKey(chapter, number)`. */
	exercises: string[];
}

export interface ProgressSummary {
	chaptersDone: number;
	chaptersTotal: number;
	exercisesDone: number;
	exercisesTotal: number;
}

export const EMPTY_PROGRESS: Progress = Object.freeze({ chapters: [], exercises: [] }) as Progress;

const CHAPTER = /^[a-z0-9-]{1,100}$/;
const EXERCISE = /^[a-z0-9-]{1,100}\/[1-9]\d{0,2}$/;
const MAX_ITEMS = 1000;

/** Key of an exercise in the progress store, e.g. `exerciseKey('echtzeit', 2)` → `'echtzeit/2'`. */
export function exerciseKey(chapter: string, number: number): string {
	return `${chapter}/${number}`;
}

function toggle(list: readonly string[], item: string, on: boolean): string[] {
	const set = new Set(list);
	if (on) set.add(item);
	else set.delete(item);
	return [...set].sort();
}

/** Mark a chapter as done or not done. Returns the same object when nothing changes. */
export function setChapterDone(progress: Progress, slug: string, done: boolean): Progress {
	if (progress.chapters.includes(slug) === done) return progress;
	return { ...progress, chapters: toggle(progress.chapters, slug, done) };
}

/** Tick or untick an exercise (`key` from `exerciseKey`). Returns the same object when nothing changes. */
export function setExerciseDone(progress: Progress, key: string, done: boolean): Progress {
	if (progress.exercises.includes(key) === done) return progress;
	return { ...progress, exercises: toggle(progress.exercises, key, done) };
}

/** Counts for „x von 8 Kapiteln erledigt, y von z Aufgaben“; stale keys of removed content are ignored. */
export function summarizeProgress(
	progress: Progress,
	chapterSlugs: readonly string[],
	exerciseKeys: readonly string[],
): ProgressSummary {
	const chapters = new Set(progress.chapters);
	const exercises = new Set(progress.exercises);
	return {
		chaptersDone: chapterSlugs.filter((s) => chapters.has(s)).length,
		chaptersTotal: chapterSlugs.length,
		exercisesDone: exerciseKeys.filter((k) => exercises.has(k)).length,
		exercisesTotal: exerciseKeys.length,
	};
}

function validList(value: unknown, pattern: RegExp): string[] | undefined {
	if (!Array.isArray(value) || value.length > MAX_ITEMS) return undefined;
	if (!value.every((v): v is string => typeof v === 'string' && pattern.test(v))) return undefined;
	return [...new Set(value)].sort();
}

/**
 * Stored progress when it has the documented shape, otherwise `undefined`. Written by hand rather than
 * with src/lib/schema.ts: this store loads on every chapter page, whose JavaScript budget (5 kB)
 * the schema module would exceed.
 */
export function validateProgress(data: unknown): Progress | undefined {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
	const record = data as Record<string, unknown>;
	if (Object.keys(record).some((k) => k !== 'chapters' && k !== 'exercises')) return undefined;
	const chapters = validList(record['chapters'], CHAPTER);
	const exercises = validList(record['exercises'], EXERCISE);
	return chapters && exercises ? { chapters, exercises } : undefined;
}
