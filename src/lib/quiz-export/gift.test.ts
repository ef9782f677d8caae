import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { escapeGift, orderingPosition, toGift } from './gift';
import { chapters } from './fixtures';

/** What the export promises to keep of a text: the same words, whitespace collapsed, „->“ as „→“. */
const kept = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/->/g, '→');

type Choice = { isCorrect: boolean; weight: number | null; text: { text: string } };

describe('toGift, read back with an independent parser (gift-pegjs)', () => {
	const gift = toGift(chapters);
	const parsed: GIFTQuestion[] = parse(gift);
	// The typings omit the category entries the parser returns, hence the string comparison.
	const questions = parsed.filter((q) => (q.type as string) !== 'Category');

	it('parses into one category per chapter and every question', () => {
		expect(parsed.filter((q) => (q.type as string) === 'Category').map((q) => q.title)).toEqual([
			'$course$/top/Social Media Praxis/3. Echtzeit: Dialog & Tempo',
			'$course$/top/Social Media Praxis/4. Leiter // Stufen',
		]);
		expect(questions.map((q) => q.type)).toEqual(['MC', 'MC', 'Numerical', 'Matching', 'Matching', 'Numerical']);
	});

	it('keeps question texts, explanations and titles with all special characters', () => {
		const all = chapters.flatMap((c) => c.questions);
		questions.forEach((q, i) => {
			const frage = all[i];
			if (!frage || !('globalFeedback' in q)) throw new Error('Frage fehlt');
			expect(q.stem.format).toBe('plain');
			expect(q.stem.text).toContain(kept(frage.question));
			expect(q.globalFeedback?.text).toBe(kept(frage.explanation));
		});
		expect(questions[0]?.title).toBe('3.01 grenze');
	});

	it('marks the single right answer and weights multiple choice to 100 %', () => {
		const [single, multiple] = questions as unknown as { choices: Choice[] }[];
		expect(single?.choices.map((c) => c.isCorrect)).toEqual([false, true, false]);
		expect(single?.choices[1]?.text.text).toBe('Stunden = 10 & mehr → weniger');
		const weights = multiple?.choices.map((c) => c.weight ?? 0) ?? [];
		const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
		expect(Math.abs(sum(weights.filter((w) => w > 0)) - 100)).toBeLessThan(0.001);
		expect(Math.abs(sum(weights.filter((w) => w < 0)) + 100)).toBeLessThan(0.001);
	});

	it('writes numbers with tolerance', () => {
		expect((questions[2] as unknown as { choices: unknown }).choices).toEqual({
			type: 'range',
			number: 602.5,
			range: 0.5,
		});
		expect((questions[5] as unknown as { choices: unknown }).choices).toEqual({ type: 'range', number: 7, range: 0 });
	});

	it('turns ordering into matching with positions, and keeps matching pairs', () => {
		// gift-pegjs 1.0.2 decodes escapes everywhere except in the right side of a pair, where it
		// leaves its internal placeholders („&&061;“ for „\=“); decode those here as the parser does.
		const decode = (s: string) =>
			s.replace(/&&(\d{3});/g, (_m, code: string) => String.fromCharCode(Number(code))).replace(/&&010/g, '\n');
		const pairs = (q: unknown) =>
			(q as { matchPairs: { subquestion: { text: string }; subanswer: string }[] }).matchPairs.map((p) => [
				p.subquestion.text,
				decode(p.subanswer),
			]);
		expect(pairs(questions[3])).toEqual([
			['Creators', orderingPosition(0)],
			['Critics {Kritik}', 'Position 2'],
			['Collectors', 'Position 3'],
			['Joiners', 'Position 4'],
		]);
		expect(pairs(questions[4])).toEqual([
			['Instagram', 'Bilder = Fotos'],
			['Podcast', 'Audio'],
			['Blog → Text', 'Text'],
		]);
	});
});

describe('escapeGift', () => {
	const special = fc.constantFrom('~', '=', '#', '{', '}', ':', '\\', ' ', 'a', 'ä', '-', '>', '%', '\n');
	const text = fc.array(special, { minLength: 1, maxLength: 30 }).map((cs) => `x${cs.join('')}x`);

	it('survives any mix of special characters as question, answer and feedback', () => {
		fc.assert(
			fc.property(text, text, text, (question, answer, explanation) => {
				const gift = `::t::[plain]${escapeGift(question)}{\n=${escapeGift(answer)}\n~falsch\n####${escapeGift(explanation)}\n}\n`;
				const [q] = parse(gift) as unknown as {
					stem: { text: string };
					choices: Choice[];
					globalFeedback: { text: string };
				}[];
				expect(q?.stem.text).toBe(kept(question));
				expect(q?.choices[0]?.text.text).toBe(kept(answer));
				expect(q?.globalFeedback.text).toBe(kept(explanation));
			}),
		);
	});

	it('escapes each special character with a backslash', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
		expect(escapeGift('  zwei\n\nZeilen  ')).toBe('zwei Zeilen');
	});
});
