/**
 * Seminar plans computed from the content: which chapters, which exercises, and the clock times
 * of every block. Nothing here names an exercise number — exercises are picked per chapter by
 * kind and length, so a plan never points at an exercise that does not exist.
 */
import type { ExerciseKind } from './exercises';

export interface PlanChapter {
	slug: string;
	order: number;
	title: string;
}

export interface PlanExercise {
	chapter: string;
	number: number;
	title: string;
	kind: ExerciseKind;
	minutes: number;
	calculator?: string | undefined;
}

/** How a seminar format is built; all times in minutes (clock times as minutes after midnight). */
export interface SeminarFormat {
	id: string;
	/** Use only the first `chapterLimit` chapters (by position); all when absent. */
	chapterLimit?: number;
	days: number;
	dayStart: number;
	openingMinutes: number;
	closingMinutes: number;
	/** Short input (Impuls) per chapter. */
	inputMinutes: number;
	exercisesPerChapter: number;
	/** Kinds of exercise used in the room; the first matching ones (by number) are taken. */
	kinds: readonly ExerciseKind[];
	/** Longer exercises are left out of the room. */
	maxExerciseMinutes: number;
	/** Time to discuss each exercise in the group. */
	debriefMinutes: number;
	/** A short break is due after this much time without one (see `STRETCH`). */
	breakAfter: number;
	breakMinutes: number;
	/** Lunch is taken before the first block that would start at or after `earliest`. */
	lunch?: { earliest: number; minutes: number };
	/** Exercises of these kinds are given as homework between the days (first one per chapter). */
	homeworkKinds?: readonly ExerciseKind[];
}

/** How far a block may run past `breakAfter` before the break is moved in front of it. */
const STRETCH = 30;

export type BlockType = 'start' | 'impuls' | 'uebung' | 'pause' | 'mittag' | 'abschluss';

export interface PlanBlock {
	type: BlockType;
	start: number;
	end: number;
	chapter?: PlanChapter;
	exercises: PlanExercise[];
}

export interface PlanDay {
	number: number;
	start: number;
	end: number;
	blocks: PlanBlock[];
	chapters: PlanChapter[];
}

export interface SeminarPlan {
	format: SeminarFormat;
	days: PlanDay[];
	/** Optional work between the days (two-day format). */
	homework: PlanExercise[];
	/** Time spent on content and exercises, without breaks. */
	workMinutes: number;
}

/** Round up to the next multiple of five minutes. */
export function roundUpToFive(minutes: number): number {
	return Math.ceil(minutes / 5) * 5;
}

/** The first `count` exercises (by number) of the given kinds that fit into `maxMinutes`. */
export function pickExercises(
	exercises: readonly PlanExercise[],
	kinds: readonly ExerciseKind[],
	count: number,
	maxMinutes = Infinity,
): PlanExercise[] {
	return [...exercises]
		.sort((a, b) => a.number - b.number)
		.filter((e) => kinds.includes(e.kind) && e.minutes <= maxMinutes)
		.slice(0, count);
}

/** Split chapters into `days` consecutive groups of nearly equal size; earlier days get the extra one. */
export function splitIntoDays<T>(chapters: readonly T[], days: number): T[][] {
	const out: T[][] = [];
	let index = 0;
	for (let d = 0; d < days; d++) {
		const size = Math.ceil((chapters.length - index) / (days - d));
		out.push(chapters.slice(index, index + size));
		index += size;
	}
	return out;
}

function planDay(
	format: SeminarFormat,
	number: number,
	chapters: readonly PlanChapter[],
	byChapter: ReadonlyMap<string, PlanExercise[]>,
): { day: PlanDay; work: number } {
	const blocks: PlanBlock[] = [];
	let now = format.dayStart;
	let sinceBreak = 0;
	let work = 0;
	let lunchTaken = !format.lunch;
	const add = (type: BlockType, minutes: number, chapter?: PlanChapter, exercises: PlanExercise[] = []) => {
		const end = now + roundUpToFive(minutes);
		blocks.push({ type, start: now, end, exercises, ...(chapter ? { chapter } : {}) });
		const length = end - now;
		now = end;
		if (type === 'pause' || type === 'mittag') sinceBreak = 0;
		else {
			sinceBreak += length;
			work += length;
		}
	};
	/**
	 * Lunch once it is late enough; otherwise a short break when `breakAfter` is reached or the
	 * next block would run more than half an hour past it.
	 */
	const takeBreakIfDue = (next: number) => {
		if (!lunchTaken && format.lunch && now >= format.lunch.earliest) {
			add('mittag', format.lunch.minutes);
			lunchTaken = true;
		} else if (sinceBreak >= format.breakAfter || (sinceBreak > 0 && sinceBreak + next > format.breakAfter + STRETCH)) {
			add('pause', format.breakMinutes);
		}
	};
	add('start', format.openingMinutes);
	for (const chapter of chapters) {
		const exercises = pickExercises(
			byChapter.get(chapter.slug) ?? [],
			format.kinds,
			format.exercisesPerChapter,
			format.maxExerciseMinutes,
		);
		const exerciseMinutes = exercises.reduce((sum, e) => sum + e.minutes + format.debriefMinutes, 0);
		takeBreakIfDue(format.inputMinutes);
		add('impuls', format.inputMinutes, chapter);
		if (exercises.length > 0) {
			takeBreakIfDue(exerciseMinutes);
			add('uebung', exerciseMinutes, chapter, exercises);
		}
	}
	add('abschluss', format.closingMinutes);
	return { day: { number, start: format.dayStart, end: now, blocks, chapters: [...chapters] }, work };
}

/** Build the plan of `format` from the chapters and exercises that exist. */
export function buildPlan(
	format: SeminarFormat,
	chapters: readonly PlanChapter[],
	exercises: readonly PlanExercise[],
): SeminarPlan {
	const ordered = [...chapters].sort((a, b) => a.order - b.order).slice(0, format.chapterLimit ?? Infinity);
	const byChapter = new Map<string, PlanExercise[]>();
	for (const e of exercises) byChapter.set(e.chapter, [...(byChapter.get(e.chapter) ?? []), e]);
	const days: PlanDay[] = [];
	let workMinutes = 0;
	splitIntoDays(ordered, format.days).forEach((group, i) => {
		const { day, work } = planDay(format, i + 1, group, byChapter);
		days.push(day);
		workMinutes += work;
	});
	const homework =
		format.days > 1 && format.homeworkKinds
			? ordered.flatMap((c) => pickExercises(byChapter.get(c.slug) ?? [], format.homeworkKinds ?? [], 1))
			: [];
	return { format, days, homework, workMinutes };
}

/** The three formats offered on /seminar/. */
export const SEMINAR_FORMATS: readonly SeminarFormat[] = [
	{
		id: 'halbtag',
		chapterLimit: 2,
		days: 1,
		dayStart: 9 * 60,
		openingMinutes: 15,
		closingMinutes: 15,
		inputMinutes: 30,
		exercisesPerChapter: 2,
		kinds: ['reflexion', 'rechnen', 'gruppe'],
		maxExerciseMinutes: 30,
		debriefMinutes: 5,
		breakAfter: 90,
		breakMinutes: 15,
	},
	{
		id: 'tag',
		chapterLimit: 4,
		days: 1,
		dayStart: 9 * 60,
		openingMinutes: 20,
		closingMinutes: 20,
		inputMinutes: 25,
		exercisesPerChapter: 2,
		kinds: ['gruppe', 'rechnen', 'reflexion'],
		maxExerciseMinutes: 40,
		debriefMinutes: 5,
		breakAfter: 90,
		breakMinutes: 15,
		lunch: { earliest: 12 * 60, minutes: 60 },
	},
	{
		id: 'zwei-tage',
		days: 2,
		dayStart: 9 * 60,
		openingMinutes: 20,
		closingMinutes: 20,
		inputMinutes: 25,
		exercisesPerChapter: 2,
		kinds: ['gruppe', 'rechnen', 'reflexion'],
		maxExerciseMinutes: 40,
		debriefMinutes: 5,
		breakAfter: 90,
		breakMinutes: 15,
		lunch: { earliest: 12 * 60, minutes: 60 },
		homeworkKinds: ['recherche'],
	},
];
