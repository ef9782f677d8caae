import { versionedAtom } from './persisted';
import {
	EMPTY_PROGRESS,
	setChapterDone,
	setExerciseDone,
	validateProgress,
	type Progress,
} from '../components/learning/progress-state';

/**
 * Chapters marked as done and exercises ticked, kept in this browser (`smp:progress`). The shape
 * and every rule live in `components/learning/progress-state.ts`; corrupt or foreign data is
 * reported in `$storageProblems` and replaced by empty progress (see `versionedAtom`).
 */
export const $progress = versionedAtom<Progress>('progress', EMPTY_PROGRESS, {
	version: 1,
	label: 'Lernfortschritt',
	validate: validateProgress,
});

/** Mark a chapter (slug) as done, or take the mark back. */
export function markChapterDone(slug: string, done: boolean): void {
	$progress.set(setChapterDone($progress.get(), slug, done));
}

/** Tick or untick an exercise; `key` comes from `exerciseKey(chapter, number)`. */
export function markExerciseDone(key: string, done: boolean): void {
	$progress.set(setExerciseDone($progress.get(), key, done));
}

/** Forget all chapter and exercise marks. */
export function resetProgress(): void {
	$progress.set(EMPTY_PROGRESS);
}
