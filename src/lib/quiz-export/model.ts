/**
 * What the exports for learning platforms (Moodle XML, GIFT) share: the chapter quiz as input,
 * question names and ids, grade fractions and the German feedback texts. Pure; the static files
 * are written by the endpoints in `src/pages/export/quiz/`.
 */
import type { Frage } from '../../schemas/quiz';

/** One chapter's quiz as the exporters receive it (already validated by the content schema). */
export interface ExportChapter {
	slug: string;
	order: number;
	title: string;
	questions: Frage[];
}

/** Name of the top category every export files its questions under. */
export const EXPORT_ROOT_CATEGORY = 'Social Media Praxis';

/** Feedback texts the platforms show in addition to the explanation. */
export const EXPORT_FEEDBACK = {
	correct: 'Richtig.',
	partial: 'Teilweise richtig.',
	incorrect: 'Leider nicht richtig.',
} as const;

/** Question name in the platform's question bank: „3.02 minijob-grenze“ (sorts in book order). */
export function questionName(chapter: ExportChapter, index: number): string {
	return `${chapter.order}.${String(index + 1).padStart(2, '0')} ${chapter.questions[index]?.id ?? ''}`;
}

/** A unique id across the whole book (Moodle's „ID number“). */
export function questionIdNumber(chapter: ExportChapter, frage: Frage): string {
	return `${chapter.slug}-${frage.id}`;
}

/** The category of a chapter below the root: „3. Echtzeit“. */
export function chapterCategory(chapter: ExportChapter): string {
	return `${chapter.order}. ${chapter.title}`;
}

/** Moodle's category path; a slash inside a name is written twice, as Moodle expects. */
export function categoryPath(chapter: ExportChapter): string {
	return ['$course$', 'top', EXPORT_ROOT_CATEGORY, chapterCategory(chapter)]
		.map((s) => s.replace(/\//g, '//'))
		.join('/');
}

/** A percentage as Moodle writes it: at most five decimals, no trailing zeros („33.33333“). */
export function formatFraction(percent: number): string {
	const rounded = Math.round(percent * 1e5) / 1e5;
	return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Grade fractions (percent) for each option of a choice question, in file order. Single choice:
 * 100 for the right option, 0 otherwise. Multiple choice: the right options share 100 %, the
 * wrong ones share −100 %, so ticking everything earns nothing — the platform's partial credit
 * comes closest to the site's all-or-nothing scoring this way.
 */
export function choiceFractions(frage: Extract<Frage, { type: 'single' | 'multiple' }>): number[] {
	if (frage.type === 'single') return frage.options.map((o) => (o.correct ? 100 : 0));
	const right = frage.options.filter((o) => o.correct).length;
	const wrong = frage.options.length - right;
	return frage.options.map((o) => (o.correct ? 100 / right : wrong > 0 ? -100 / wrong : 0));
}

/** The question text with the unit a numeric answer is expected in. */
export function numericQuestionText(frage: Extract<Frage, { type: 'numeric' }>): string {
	return frage.unit ? `${frage.question} (Antwort in ${frage.unit})` : frage.question;
}

/** Tags for the question bank: the cognitive level and the learning goals. */
export function questionTags(frage: Frage): string[] {
	return [`stufe-${frage.level}`, ...frage.goals.map((g) => `lernziel-${g}`)];
}
