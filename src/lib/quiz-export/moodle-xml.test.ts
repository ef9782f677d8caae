import { describe, expect, it } from 'vitest';
// XMLValidator is marked deprecated in favour of a separate package, but still ships and works.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toMoodleXml, escapeXml } from './moodle-xml';
import { choiceFractions, formatFraction } from './model';
import { chapters } from './fixtures';

type Node = Record<string, unknown>;
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});
const text = (node: unknown): string => String((node as Node | undefined)?.['text'] ?? '');
const decodeHtml = (s: string) =>
	s
		.replace(/^<p>|<\/p>$/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

function parse(xml: string): Node[] {
	expect(XMLValidator.validate(xml)).toBe(true);
	const doc = parser.parse(xml) as { quiz: { question: Node[] } };
	return doc.quiz.question;
}

describe('toMoodleXml', () => {
	const xml = toMoodleXml(chapters);
	const questions = parse(xml);

	it('is well-formed XML with a declaration and one quiz element', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
		expect(questions).toHaveLength(2 + 6);
	});

	it('files every chapter under its own category', () => {
		const categories = questions.filter((q) => q['@type'] === 'category').map((q) => text(q['category']));
		expect(categories).toEqual([
			'$course$/top/Social Media Praxis/3. Echtzeit: Dialog & Tempo',
			'$course$/top/Social Media Praxis/4. Leiter // Stufen',
		]);
		expect(questions[0]?.['@type']).toBe('category');
		expect(questions[4]?.['@type']).toBe('category');
	});

	it('gives every question the elements Moodle requires', () => {
		for (const q of questions.filter((q) => q['@type'] !== 'category')) {
			for (const field of ['name', 'questiontext', 'generalfeedback', 'defaultgrade', 'penalty', 'idnumber']) {
				expect(q, `${String(q['@type'])}: ${field}`).toHaveProperty(field);
			}
			expect(text(q['name'])).toMatch(/^\d\.\d{2} [a-z-]+$/);
			expect(text(q['questiontext']).length).toBeGreaterThan(10);
		}
		expect(questions.map((q) => q['@type'])).toEqual([
			'category',
			'multichoice',
			'multichoice',
			'numerical',
			'category',
			'ordering',
			'matching',
			'numerical',
		]);
	});

	it('keeps special characters intact through XML and HTML escaping', () => {
		const first = questions[1];
		expect(decodeHtml(text(first?.['questiontext']))).toBe(chapters[0]?.questions[0]?.question);
		const answers = first?.['answer'] as Node[];
		expect(decodeHtml(text(answers[1]))).toBe('Stunden = 10 & mehr -> weniger');
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});

	it('writes fractions that sum to 100 % for every choice question', () => {
		for (const q of questions.filter((q) => q['@type'] === 'multichoice')) {
			const fractions = (q['answer'] as Node[]).map((a) => Number(a['@fraction']));
			const positive = fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0);
			expect(Math.abs(positive - 100)).toBeLessThan(0.001);
			if (q['single'] === 'true' || q['single'] === true) {
				expect(fractions.filter((f) => f === 100)).toHaveLength(1);
				expect(fractions.every((f) => f === 0 || f === 100)).toBe(true);
			} else {
				const negative = fractions.filter((f) => f < 0).reduce((a, b) => a + b, 0);
				expect(Math.abs(negative + 100)).toBeLessThan(0.001);
			}
		}
		expect(choiceFractions(chapters[0]!.questions[1] as never).map(formatFraction)).toEqual([
			'33.33333',
			'-50',
			'33.33333',
			'33.33333',
			'-50',
		]);
	});

	it('writes numerical answers with a decimal point, the tolerance and the unit in the text', () => {
		const numeric = questions[3];
		const answer = (numeric?.['answer'] as Node[])[0];
		expect(text(answer)).toBe('602.5');
		expect(answer?.['tolerance']).toBe(0.5);
		expect(decodeHtml(text(numeric?.['questiontext']))).toMatch(/\(Antwort in €\)$/);
	});

	it('writes ordering items in the right order and matching pairs', () => {
		const ordering = questions[5];
		expect((ordering?.['answer'] as Node[]).map((a) => decodeHtml(text(a)))).toEqual([
			'Creators',
			'Critics {Kritik}',
			'Collectors',
			'Joiners',
		]);
		expect(ordering?.['gradingtype']).toBe('ABSOLUTE_POSITION');
		const matching = questions[6];
		const subs = matching?.['subquestion'] as Node[];
		expect(subs.map((s) => [decodeHtml(text(s)), text(s['answer'] && (s['answer'] as Node[])[0])])).toEqual([
			['Instagram', 'Bilder = Fotos'],
			['Podcast', 'Audio'],
			['Blog -> Text', 'Text'],
		]);
	});

	it('tags questions with level and learning goals', () => {
		const tags = ((questions[1]?.['tags'] as Node)['tag'] as Node[]).map(text);
		expect(tags).toEqual(['stufe-erinnern', 'lernziel-ziel-1']);
	});

	it('makes unique id numbers across chapters', () => {
		const ids = questions.filter((q) => q['@type'] !== 'category').map((q) => String(q['idnumber']));
		expect(new Set(ids).size).toBe(ids.length);
	});
});
