/**
 * GIFT export (Moodle's text format for questions, also read by other tools). One `$CATEGORY`
 * line per chapter, then its questions, separated by blank lines. Kinds: multiple choice (single
 * with `=`/`~`, multiple with percentage weights as in `choiceFractions`), numerical `{#answer:
 * tolerance}` and matching `{=left -> right}`. GIFT has no ordering type in its specification, so
 * an ordering question becomes a matching question „Eintrag → Position n“ (documented in the
 * README); the Moodle XML export keeps the real ordering type.
 */
import type { Frage } from '../../schemas/quiz';
import {
	categoryPath,
	choiceFractions,
	formatFraction,
	numericQuestionText,
	questionName,
	type ExportChapter,
} from './model';

/** Characters with a meaning in GIFT; inside text each is preceded by a backslash. */
const SPECIAL = /[\\~=#{}:]/g;

/**
 * Text made safe for GIFT: special characters escaped, whitespace (including line breaks, since
 * a blank line ends a question) collapsed to single spaces, and „->“, which splits a matching
 * pair and has no escape, written as „→“.
 */
export function escapeGift(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/->/g, '→')
		.replace(SPECIAL, (c) => `\\${c}`);
}

/** Text of the position an ordering item has to be matched to. */
export function orderingPosition(index: number): string {
	return `Position ${index + 1}`;
}

function answers(frage: Frage): string[] {
	switch (frage.type) {
		case 'single':
			return frage.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}`);
		case 'multiple': {
			const fractions = choiceFractions(frage);
			return frage.options.map((o, i) => `~%${formatFraction(fractions[i] ?? 0)}%${escapeGift(o.text)}`);
		}
		case 'numeric':
			return [`#${frage.answer}:${frage.tolerance}`];
		case 'ordering':
			return frage.items.map((item, i) => `=${escapeGift(item)} -> ${orderingPosition(i)}`);
		case 'matching':
			return frage.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`);
	}
}

function stem(frage: Frage): string {
	if (frage.type === 'numeric') return numericQuestionText(frage);
	if (frage.type === 'ordering') {
		return `${frage.question} Ordnen Sie jedem Eintrag seine Position in der richtigen Reihenfolge zu.`;
	}
	return frage.question;
}

function questionGift(chapter: ExportChapter, frage: Frage, index: number): string {
	const comment = `// ${frage.type}, Stufe ${frage.level}${frage.goals.length ? `, Lernziele ${frage.goals.join(' ')}` : ''}`;
	const title = escapeGift(questionName(chapter, index));
	const lines = answers(frage);
	// Numerical answers start with „#“ right after the brace; everything else is one line per answer.
	const open = frage.type === 'numeric' ? `{${lines[0] ?? ''}` : `{\n${lines.join('\n')}`;
	return `${comment}\n::${title}::[plain]${escapeGift(stem(frage))}${open}\n####${escapeGift(frage.explanation)}\n}`;
}

/** A complete GIFT file with the quizzes of `chapters`, each under its own category. */
export function toGift(chapters: readonly ExportChapter[]): string {
	const blocks = chapters.flatMap((c) => [
		`$CATEGORY: ${categoryPath(c)}`,
		...c.questions.map((q, i) => questionGift(c, q, i)),
	]);
	return `${blocks.join('\n\n')}\n`;
}
