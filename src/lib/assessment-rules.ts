/**
 * The rules a fair assessment keeps (issue „Assessment that measures learning“), as a pure
 * function over the content: quiz size and level mix, no giveaway answer patterns, every learning
 * goal practised and tested, tags that exist, no question asked twice. A content test applies it
 * to the real files with one call:
 * `expect(checkAssessment(loadAssessmentContent('content'))).toEqual([])`
 * (see `assessment-content.ts`). Each problem names the file and says in German what to change.
 */
import type { Frage } from '../schemas/quiz';

/** One chapter as the rules see it. */
export interface RuleChapter {
	slug: string;
	goals: readonly { id: string }[];
	exercises: readonly { number: number; goals: readonly string[] }[];
	/** The chapter's quiz; `undefined` when the file is missing. */
	questions: readonly Frage[] | undefined;
}

export type RuleId =
	| 'quiz-fehlt'
	| 'mindestens-fragen'
	| 'anwendung'
	| 'nicht-auswahl'
	| 'position-einfach'
	| 'laengste-antwort'
	| 'mehrfach-vorn'
	| 'ziel-ohne-aufgabe'
	| 'ziel-ohne-frage'
	| 'unbekanntes-ziel'
	| 'doppelte-frage';

export interface RuleProblem {
	rule: RuleId;
	chapter: string;
	/** The file to change, relative to the project root. */
	file: string;
	message: string;
}

/** The thresholds of the rules; tests may pass smaller ones for small fixtures. */
export interface RuleLimits {
	minQuestions: number;
	minApplication: number;
	minNonChoice: number;
}

export const DEFAULT_LIMITS: RuleLimits = { minQuestions: 8, minApplication: 3, minNonChoice: 1 };

type Choice = Extract<Frage, { type: 'single' | 'multiple' }>;
const isChoice = (q: Frage): q is Choice => q.type === 'single' || q.type === 'multiple';
const quizFile = (slug: string) => `content/quiz/${slug}.yaml`;

/** Whether the correct option of a single-choice question is longer than every other option. */
export function correctIsLongest(q: Choice): boolean {
	const right = q.options.find((o) => o.correct)?.text.trim().length ?? 0;
	return q.options.every((o) => o.correct || o.text.trim().length < right);
}

/** Whether the correct options of a multiple-choice question are exactly the first ones listed. */
export function correctListedFirst(q: Choice): boolean {
	const count = q.options.filter((o) => o.correct).length;
	return q.options.every((o, i) => o.correct === i < count);
}

function quizRules(c: RuleChapter, questions: readonly Frage[], limits: RuleLimits): RuleProblem[] {
	const problems: RuleProblem[] = [];
	const add = (rule: RuleId, message: string) =>
		problems.push({ rule, chapter: c.slug, file: quizFile(c.slug), message });
	if (questions.length < limits.minQuestions) {
		add(
			'mindestens-fragen',
			`Das Quiz hat ${questions.length} Fragen, verlangt sind mindestens ${limits.minQuestions}.`,
		);
	}
	const applied = questions.filter((q) => q.level !== 'erinnern').length;
	if (applied < limits.minApplication) {
		add(
			'anwendung',
			`Nur ${applied} Fragen prüfen Anwenden oder Analysieren (level), verlangt sind mindestens ${limits.minApplication}.`,
		);
	}
	const nonChoice = questions.filter((q) => !isChoice(q)).length;
	if (nonChoice < limits.minNonChoice) {
		add(
			'nicht-auswahl',
			`Mindestens ${limits.minNonChoice} Frage(n) müssen Rechen-, Reihenfolge- oder Zuordnungsfragen sein.`,
		);
	}
	const singles = questions.filter((q): q is Choice => q.type === 'single');
	const positions = new Set(singles.map((q) => q.options.findIndex((o) => o.correct)));
	if (singles.length >= 2 && positions.size === 1) {
		add(
			'position-einfach',
			`Bei allen Einfachauswahl-Fragen steht die richtige Antwort an Position ${[...positions][0]! + 1}.`,
		);
	}
	const longest = singles.filter(correctIsLongest).map((q) => q.id);
	if (longest.length > singles.length / 2) {
		add(
			'laengste-antwort',
			`Die richtige Antwort ist in ${longest.length} von ${singles.length} Einfachauswahl-Fragen die längste (${longest.join(', ')}); erlaubt ist höchstens die Hälfte.`,
		);
	}
	const multiples = questions.filter((q): q is Choice => q.type === 'multiple');
	if (multiples.length > 0 && multiples.every(correctListedFirst)) {
		add('mehrfach-vorn', 'In allen Mehrfachauswahl-Fragen stehen die richtigen Antworten vorn.');
	}
	return problems;
}

function goalRules(c: RuleChapter, questions: readonly Frage[]): RuleProblem[] {
	const problems: RuleProblem[] = [];
	const ids = new Set(c.goals.map((g) => g.id));
	const chapterFile = `content/kapitel/${c.slug}.mdx`;
	for (const goal of c.goals) {
		if (!c.exercises.some((e) => e.goals.includes(goal.id))) {
			problems.push({
				rule: 'ziel-ohne-aufgabe',
				chapter: c.slug,
				file: chapterFile,
				message: `Lernziel „${goal.id}“ ist in keiner Übung getaggt.`,
			});
		}
		if (!questions.some((q) => q.goals.includes(goal.id))) {
			problems.push({
				rule: 'ziel-ohne-frage',
				chapter: c.slug,
				file: chapterFile,
				message: `Lernziel „${goal.id}“ ist in keiner Quizfrage getaggt.`,
			});
		}
	}
	for (const e of c.exercises) {
		for (const g of e.goals.filter((g) => !ids.has(g))) {
			problems.push({
				rule: 'unbekanntes-ziel',
				chapter: c.slug,
				file: `content/aufgaben/${c.slug}/${e.number}.mdx`,
				message: `Übung ${e.number} nennt das unbekannte Lernziel „${g}“.`,
			});
		}
	}
	for (const q of questions) {
		for (const g of q.goals.filter((g) => !ids.has(g))) {
			problems.push({
				rule: 'unbekanntes-ziel',
				chapter: c.slug,
				file: quizFile(c.slug),
				message: `Frage „${q.id}“ nennt das unbekannte Lernziel „${g}“.`,
			});
		}
	}
	return problems;
}

/** Question text for comparing: case, spacing and typographic quotes do not make a question new. */
export function normalizeQuestion(text: string): string {
	return text
		.toLowerCase()
		.replace(/[„“”"‚‘’']/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function duplicateRules(chapters: readonly RuleChapter[]): RuleProblem[] {
	const seen = new Map<string, string>();
	const problems: RuleProblem[] = [];
	for (const c of chapters) {
		for (const q of c.questions ?? []) {
			const key = normalizeQuestion(q.question);
			const first = seen.get(key);
			if (first) {
				problems.push({
					rule: 'doppelte-frage',
					chapter: c.slug,
					file: quizFile(c.slug),
					message: `Frage „${q.id}“ steht schon in ${first}.`,
				});
			} else {
				seen.set(key, `${c.slug}/${q.id}`);
			}
		}
	}
	return problems;
}

/** Every rule over every chapter; an empty list means the assessment is fair by these rules. */
export function checkAssessment(chapters: readonly RuleChapter[], limits: RuleLimits = DEFAULT_LIMITS): RuleProblem[] {
	const perChapter = chapters.flatMap((c) => {
		if (!c.questions) {
			return [
				{
					rule: 'quiz-fehlt' as const,
					chapter: c.slug,
					file: quizFile(c.slug),
					message: 'Zu diesem Kapitel gibt es kein Quiz.',
				},
				...goalRules(c, []),
			];
		}
		return [...quizRules(c, c.questions, limits), ...goalRules(c, c.questions)];
	});
	return [...perChapter, ...duplicateRules(chapters)];
}
