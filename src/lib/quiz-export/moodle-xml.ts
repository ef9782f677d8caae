/**
 * Moodle XML export (question bank import, „Moodle-XML-Format“). One `category` question per
 * chapter followed by its questions. Kinds: multichoice (single and multiple, fractions as in
 * `choiceFractions`), numerical (with tolerance; the unit is named in the question text, so no
 * unit grading applies), ordering (Moodle's standard „ordering“ type, graded by absolute
 * position) and matching. Texts use the HTML format, escaped twice: once as HTML, once as XML.
 */
import type { Frage } from '../../schemas/quiz';
import {
	categoryPath,
	choiceFractions,
	EXPORT_FEEDBACK,
	formatFraction,
	numericQuestionText,
	questionIdNumber,
	questionName,
	questionTags,
	type ExportChapter,
} from './model';

/** Escape text for XML element content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const html = (text: string) => escapeXml(escapeXml(text));
const htmlText = (text: string, indent: string) =>
	`${indent}<text>${escapeXml('<p>')}${html(text)}${escapeXml('</p>')}</text>`;
const plainText = (text: string, indent: string) => `${indent}<text>${escapeXml(text)}</text>`;

function feedback(tag: string, text: string): string {
	return `    <${tag} format="html">\n${htmlText(text, '      ')}\n    </${tag}>`;
}

function header(chapter: ExportChapter, index: number, frage: Frage, questionText: string): string[] {
	return [
		`    <name>\n${plainText(questionName(chapter, index), '      ')}\n    </name>`,
		`    <questiontext format="html">\n${htmlText(questionText, '      ')}\n    </questiontext>`,
		feedback('generalfeedback', frage.explanation),
		'    <defaultgrade>1</defaultgrade>',
		'    <penalty>0.3333333</penalty>',
		'    <hidden>0</hidden>',
		`    <idnumber>${escapeXml(questionIdNumber(chapter, frage))}</idnumber>`,
	];
}

const combinedFeedback = [
	feedback('correctfeedback', EXPORT_FEEDBACK.correct),
	feedback('partiallycorrectfeedback', EXPORT_FEEDBACK.partial),
	feedback('incorrectfeedback', EXPORT_FEEDBACK.incorrect),
];

function tags(frage: Frage): string {
	const list = questionTags(frage).map((t) => `      <tag>\n${plainText(t, '        ')}\n      </tag>`);
	return `    <tags>\n${list.join('\n')}\n    </tags>`;
}

function body(frage: Frage): { type: string; lines: string[] } {
	switch (frage.type) {
		case 'single':
		case 'multiple': {
			const fractions = choiceFractions(frage);
			const answers = frage.options.map(
				(o, i) =>
					`    <answer fraction="${formatFraction(fractions[i] ?? 0)}" format="html">\n${htmlText(o.text, '      ')}\n` +
					`      <feedback format="html">\n        <text></text>\n      </feedback>\n    </answer>`,
			);
			return {
				type: 'multichoice',
				lines: [
					`    <single>${frage.type === 'single'}</single>`,
					'    <shuffleanswers>true</shuffleanswers>',
					'    <answernumbering>ABCD</answernumbering>',
					'    <showstandardinstruction>1</showstandardinstruction>',
					...combinedFeedback,
					'    <shownumcorrect/>',
					...answers,
				],
			};
		}
		case 'numeric':
			return {
				type: 'numerical',
				lines: [
					`    <answer fraction="100" format="moodle_auto_format">\n${plainText(String(frage.answer), '      ')}\n` +
						`      <feedback format="html">\n        <text></text>\n      </feedback>\n` +
						`      <tolerance>${frage.tolerance}</tolerance>\n    </answer>`,
					'    <unitgradingtype>0</unitgradingtype>',
					'    <unitpenalty>0.1000000</unitpenalty>',
					'    <showunits>3</showunits>',
					'    <unitsleft>0</unitsleft>',
				],
			};
		case 'ordering':
			return {
				type: 'ordering',
				lines: [
					'    <layouttype>VERTICAL</layouttype>',
					'    <selecttype>ALL</selecttype>',
					`    <selectcount>${frage.items.length}</selectcount>`,
					'    <gradingtype>ABSOLUTE_POSITION</gradingtype>',
					'    <showgrading>SHOW</showgrading>',
					'    <numberingstyle>none</numberingstyle>',
					...combinedFeedback,
					'    <shownumcorrect/>',
					...frage.items.map(
						(item, i) => `    <answer fraction="${i + 1}" format="html">\n${htmlText(item, '      ')}\n    </answer>`,
					),
				],
			};
		case 'matching':
			return {
				type: 'matching',
				lines: [
					'    <shuffleanswers>true</shuffleanswers>',
					...combinedFeedback,
					'    <shownumcorrect/>',
					...frage.pairs.map(
						(p) =>
							`    <subquestion format="html">\n${htmlText(p.left, '      ')}\n` +
							`      <answer>\n${plainText(p.right, '        ')}\n      </answer>\n    </subquestion>`,
					),
				],
			};
	}
}

function questionXml(chapter: ExportChapter, frage: Frage, index: number): string {
	const text = frage.type === 'numeric' ? numericQuestionText(frage) : frage.question;
	const { type, lines } = body(frage);
	return [
		`  <question type="${type}">`,
		...header(chapter, index, frage, text),
		...lines,
		tags(frage),
		'  </question>',
	].join('\n');
}

function categoryXml(chapter: ExportChapter): string {
	return [
		'  <question type="category">',
		`    <category>\n${plainText(categoryPath(chapter), '      ')}\n    </category>`,
		`    <info format="html">\n      <text></text>\n    </info>`,
		'  </question>',
	].join('\n');
}

/** A complete Moodle XML file with the quizzes of `chapters`, each in its own category. */
export function toMoodleXml(chapters: readonly ExportChapter[]): string {
	const parts = chapters.flatMap((c) => [categoryXml(c), ...c.questions.map((q, i) => questionXml(c, q, i))]);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${parts.join('\n')}\n</quiz>\n`;
}
