/**
 * Pure helpers shared by the exercise views (chapter page, /uebungen/, /seminar/, /drucken/).
 */
import type { AufgabeData } from '../../schemas/aufgaben';

export type ExerciseKind = AufgabeData['kind'];

/** Anchor of an exercise, e.g. `exerciseAnchor(1, 2)` → `'aufgabe-1-2'` (deep links use it). */
export function exerciseAnchor(order: number, number: number): string {
	return `aufgabe-${order}-${number}`;
}

/**
 * URL of a chapter page. The chapter route belongs to the chapter layout; this is the one place
 * that knows its shape, so the learning pages link consistently.
 */
export function chapterPath(slug: string): string {
	return `/kapitel/${slug}/`;
}

/** URL of a calculator page, e.g. `/rechner/persona/`. */
export function calculatorPath(slug: string): string {
	return `/rechner/${slug}/`;
}

/** Answer lines printed under a task on the worksheet: one per five minutes, 4 to 14. */
export function answerLineCount(minutes: number): number {
	return Math.min(14, Math.max(4, Math.round(minutes / 5)));
}

/** Sort exercises by chapter position, then by number. */
export function sortExercises<T extends { order: number; number: number }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => a.order - b.order || a.number - b.number);
}

/** Active filter of the exercise list; `undefined` means „alle“. */
export interface ExerciseFilter {
	chapter?: string | undefined;
	kind?: ExerciseKind | undefined;
}

/** Whether an exercise of `chapter` and `kind` passes `filter`. */
export function matchesFilter(item: { chapter: string; kind: string }, filter: ExerciseFilter): boolean {
	return (!filter.chapter || item.chapter === filter.chapter) && (!filter.kind || item.kind === filter.kind);
}

/** Filter from a query string such as `?kapitel=echtzeit&art=rechnen`; unknown values are ignored. */
export function parseFilter(search: string, chapters: readonly string[], kinds: readonly string[]): ExerciseFilter {
	const params = new URLSearchParams(search);
	const chapter = params.get('kapitel') ?? '';
	const kind = params.get('art') ?? '';
	return {
		chapter: chapters.includes(chapter) ? chapter : undefined,
		kind: kinds.includes(kind) ? (kind as ExerciseKind) : undefined,
	};
}

/** Query string for a filter (`''` when nothing is filtered), the inverse of `parseFilter`. */
export function filterToSearch(filter: ExerciseFilter): string {
	const params = new URLSearchParams();
	if (filter.chapter) params.set('kapitel', filter.chapter);
	if (filter.kind) params.set('art', filter.kind);
	const query = params.toString();
	return query ? `?${query}` : '';
}
