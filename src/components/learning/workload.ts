/**
 * A chapter's workload for planning credits: reading time, the time of all its exercises and an
 * estimate for its quiz. Pure; the estimate rule is explained on /seminar/ (de.pruefen.workload).
 */
import { formatNumber } from '../../lib/number';

/** What the quiz estimate needs to know about a question. */
export interface WorkloadQuestion {
	type: 'single' | 'multiple' | 'numeric' | 'ordering' | 'matching';
	level: 'erinnern' | 'anwenden' | 'analysieren';
}

export interface Workload {
	reading: number;
	exercises: number;
	quiz: number;
	total: number;
}

/**
 * Minutes for a quiz: one per question, one more for application and analysis, one more for
 * computing, ordering and matching; rounded up to whole five minutes (0 without questions).
 */
export function quizMinutes(questions: readonly WorkloadQuestion[]): number {
	const raw = questions.reduce(
		(sum, q) => sum + 1 + (q.level === 'erinnern' ? 0 : 1) + (q.type === 'single' || q.type === 'multiple' ? 0 : 1),
		0,
	);
	return Math.ceil(raw / 5) * 5;
}

/** Reading, exercise and quiz minutes of one chapter and their sum. */
export function chapterWorkload(
	readingMinutes: number,
	exerciseMinutes: readonly number[],
	questions: readonly WorkloadQuestion[],
): Workload {
	const exercises = exerciseMinutes.reduce((a, b) => a + b, 0);
	const quiz = quizMinutes(questions);
	return { reading: readingMinutes, exercises, quiz, total: readingMinutes + exercises + quiz };
}

/** Add workloads, e.g. for the whole book. */
export function sumWorkloads(list: readonly Workload[]): Workload {
	return list.reduce(
		(a, b) => ({
			reading: a.reading + b.reading,
			exercises: a.exercises + b.exercises,
			quiz: a.quiz + b.quiz,
			total: a.total + b.total,
		}),
		{ reading: 0, exercises: 0, quiz: 0, total: 0 },
	);
}

/** Minutes as German hours and minutes with no-break spaces: „2 Std. 35 Min.“, „25 Min.“. */
export function formatDuration(minutes: number): string {
	const whole = Math.max(0, Math.round(minutes));
	const hours = Math.floor(whole / 60);
	const rest = whole % 60;
	const parts = [
		...(hours > 0 ? [`${formatNumber(hours)}\u00a0Std.`] : []),
		...(rest > 0 || hours === 0 ? [`${formatNumber(rest)}\u00a0Min.`] : []),
	];
	return parts.join(' ');
}
