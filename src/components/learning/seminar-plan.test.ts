import { describe, expect, it } from 'vitest';
import {
	SEMINAR_FORMATS,
	buildPlan,
	pickExercises,
	roundUpToFive,
	splitIntoDays,
	type PlanChapter,
	type PlanExercise,
	type SeminarFormat,
} from './seminar-plan';
import { formatClock } from '../../lib/clock';

const chapters: PlanChapter[] = Array.from({ length: 8 }, (_, i) => ({
	slug: `k${i + 1}`,
	order: i + 1,
	title: `Kapitel ${i + 1}`,
}));

function ex(chapter: string, number: number, kind: PlanExercise['kind'], minutes: number): PlanExercise {
	return { chapter, number, title: `Aufgabe ${number}`, kind, minutes };
}

const exercises: PlanExercise[] = chapters.flatMap((c) => [
	ex(c.slug, 1, 'recherche', 30),
	ex(c.slug, 2, 'gruppe', 20),
	ex(c.slug, 3, 'rechnen', 15),
	ex(c.slug, 4, 'reflexion', 90),
]);

const simple: SeminarFormat = {
	id: 'test',
	days: 1,
	dayStart: 9 * 60,
	openingMinutes: 10,
	closingMinutes: 10,
	inputMinutes: 20,
	exercisesPerChapter: 1,
	kinds: ['gruppe'],
	maxExerciseMinutes: 60,
	debriefMinutes: 5,
	breakAfter: 60,
	breakMinutes: 15,
};

describe('helpers', () => {
	it('formats clock times the German way', () => {
		expect(formatClock(9 * 60)).toBe('09:00');
		expect(formatClock(13 * 60 + 5)).toBe('13:05');
	});
	it('rounds up to five minutes', () => {
		expect(roundUpToFive(21)).toBe(25);
		expect(roundUpToFive(20)).toBe(20);
	});
	it('picks the first exercises of the given kinds that fit', () => {
		const list = exercises.filter((e) => e.chapter === 'k1').reverse();
		expect(pickExercises(list, ['gruppe', 'rechnen'], 5).map((e) => e.number)).toEqual([2, 3]);
		expect(pickExercises(list, ['reflexion'], 1, 60)).toEqual([]);
		expect(pickExercises(list, ['recherche', 'rechnen'], 1).map((e) => e.number)).toEqual([1]);
	});
	it('splits chapters evenly over days', () => {
		expect(splitIntoDays([1, 2, 3, 4, 5], 2)).toEqual([
			[1, 2, 3],
			[4, 5],
		]);
		expect(splitIntoDays([1, 2], 1)).toEqual([[1, 2]]);
		expect(splitIntoDays([], 2)).toEqual([[], []]);
	});
});

describe('buildPlan', () => {
	it('computes consecutive block times from the exercise minutes', () => {
		const plan = buildPlan({ ...simple, chapterLimit: 2, breakAfter: 50 }, chapters, exercises);
		const day = plan.days[0];
		expect(day?.blocks.map((b) => [b.type, formatClock(b.start), formatClock(b.end)])).toEqual([
			['start', '09:00', '09:10'],
			['impuls', '09:10', '09:30'],
			['uebung', '09:30', '09:55'],
			['pause', '09:55', '10:10'],
			['impuls', '10:10', '10:30'],
			['uebung', '10:30', '10:55'],
			['abschluss', '10:55', '11:05'],
		]);
		expect(plan.workMinutes).toBe(110);
		for (const [a, b] of (day?.blocks ?? []).slice(1).map((b, i) => [day?.blocks[i], b] as const)) {
			expect(b.start).toBe(a?.end);
		}
	});
	it('only references exercises that exist', () => {
		const known = new Set(exercises.map((e) => `${e.chapter}/${e.number}`));
		for (const format of SEMINAR_FORMATS) {
			const plan = buildPlan(format, chapters, exercises);
			const used = plan.days.flatMap((d) => d.blocks.flatMap((b) => b.exercises)).concat(plan.homework);
			for (const e of used) expect(known.has(`${e.chapter}/${e.number}`)).toBe(true);
		}
	});
	it('leaves out the exercise block of a chapter without fitting exercises', () => {
		const plan = buildPlan(simple, chapters.slice(0, 1), []);
		expect(plan.days[0]?.blocks.map((b) => b.type)).toEqual(['start', 'impuls', 'abschluss']);
	});
	it('takes lunch once, at the first block boundary after noon', () => {
		const format = SEMINAR_FORMATS.find((f) => f.id === 'tag');
		if (!format) throw new Error('format missing');
		const plan = buildPlan(format, chapters, exercises);
		const blocks = plan.days[0]?.blocks ?? [];
		const lunches = blocks.filter((b) => b.type === 'mittag');
		expect(lunches).toHaveLength(1);
		expect(lunches[0]?.start).toBeGreaterThanOrEqual(12 * 60);
		expect(blocks.filter((b) => b.type === 'impuls')).toHaveLength(4);
	});
	it('keeps to the break rhythm', () => {
		for (const format of SEMINAR_FORMATS) {
			for (const day of buildPlan(format, chapters, exercises).days) {
				let since = 0;
				for (const b of day.blocks) {
					// A break is due before a block once the limit is reached, so no block starts later than that.
					const length = b.end - b.start;
					if (b.type === 'impuls' || b.type === 'uebung') expect(since).toBeLessThan(format.breakAfter);
					since = b.type === 'pause' || b.type === 'mittag' ? 0 : since + length;
					// Only a block that is long on its own may stretch the time past the limit.
					if (b.type !== 'abschluss' && since > format.breakAfter + 30) expect(since).toBe(length);
				}
			}
		}
	});
	it('spreads the chapters over two days and gives research as homework', () => {
		const format = SEMINAR_FORMATS.find((f) => f.id === 'zwei-tage');
		if (!format) throw new Error('format missing');
		const plan = buildPlan(format, chapters, exercises);
		expect(plan.days.map((d) => d.chapters.map((c) => c.order))).toEqual([
			[1, 2, 3, 4],
			[5, 6, 7, 8],
		]);
		expect(plan.homework.map((e) => `${e.chapter}/${e.number}`)).toEqual(chapters.map((c) => `${c.slug}/1`));
	});
	it('uses only the first chapters in the half-day format', () => {
		const format = SEMINAR_FORMATS.find((f) => f.id === 'halbtag');
		if (!format) throw new Error('format missing');
		const plan = buildPlan(format, [...chapters].reverse(), exercises);
		expect(plan.days[0]?.chapters.map((c) => c.order)).toEqual([1, 2]);
		expect(plan.days[0]?.end).toBeLessThanOrEqual(13 * 60);
	});
});
