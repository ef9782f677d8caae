/**
 * Quiz questions as „Frage an die Gruppe“: a question slide and, on the next key press, an answer
 * slide with the right answer and the explanation. All five kinds of src/schemas/quiz.ts.
 */
import type { Frage } from '../schemas/quiz';
import type { Block, SlideDraft } from './types';
import { escapeHtml } from '../lib/escape-html';
import { formatWithUnit } from '../components/learning/quiz-text';
import { initialItemOrder, optionLetter as letter } from '../components/learning/quiz-order';
import { pairsLeftWidth } from './measure';
import { isIdentity, seededPermutation } from '../lib/seeded-shuffle';
import { folien as t } from '../i18n/de/folien';
import { fillTemplate } from '../lib/template';

/**
 * The order in which the room sees an ordering question's items: the quiz's own order without a
 * learner seed (as in the trainer key) – fixed, and never already the solution.
 */
export function shownOrder(q: Extract<Frage, { type: 'ordering' }>): number[] {
	return initialItemOrder(q, undefined);
}

/**
 * The right partners of a matching question in the order they are offered: fixed per question
 * and, unlike the quiz's select lists, never in the order of the left items – on one shared
 * screen that would give the answer away.
 */
export function partnerOrder(id: string, n: number): number[] {
	const order = seededPermutation(n, 0, `${id}:partner`);
	return n > 1 && isIdentity(order) ? [...order.slice(1), 0] : order;
}

const esc = escapeHtml;

function pairsBlock(left: string[], right: string[]): Block {
	return { kind: 'pairs', left, right, rightStart: 1, leftWidth: pairsLeftWidth(left, right) };
}

function questionBlocks(q: Frage): { hint: string; blocks: Block[] } {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return {
				hint: q.type === 'single' ? t.hintSingle : t.hintMultiple,
				blocks: [{ kind: 'list', ordered: true, letters: true, start: 1, items: q.options.map((o) => esc(o.text)) }],
			};
		case 'numeric':
			return { hint: q.unit ? fillTemplate(t.hintNumericUnit, { unit: q.unit }) : t.hintNumeric, blocks: [] };
		case 'ordering':
			return {
				hint: t.hintOrdering,
				blocks: [
					{
						kind: 'list',
						ordered: true,
						letters: true,
						start: 1,
						items: shownOrder(q).map((i) => esc(q.items[i] ?? '')),
					},
				],
			};
		case 'matching':
			return {
				hint: t.hintMatching,
				blocks: [
					pairsBlock(
						q.pairs.map((p) => esc(p.left)),
						partnerOrder(q.id, q.pairs.length).map((i) => esc(q.pairs[i]?.right ?? '')),
					),
				],
			};
	}
}

/** The right answer as blocks. Letters refer to what the question slide showed. */
export function answerBlocks(q: Frage): Block[] {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const right = q.options.flatMap((o, i) => (o.correct ? [`${letter(i)})\u00a0${esc(o.text)}`] : []));
			return [
				{ kind: 'text', tag: 'h3', html: right.length > 1 ? t.rightAnswers : t.rightAnswer },
				{ kind: 'list', ordered: false, start: 1, items: right },
			];
		}
		case 'numeric': {
			const text = [fillTemplate(t.numericAnswer, { answer: formatWithUnit(q.answer, q.unit) })];
			if (q.tolerance > 0)
				text.push(
					fillTemplate(t.numericRange, {
						from: formatWithUnit(q.answer - q.tolerance, q.unit),
						to: formatWithUnit(q.answer + q.tolerance, q.unit),
					}),
				);
			return [{ kind: 'text', tag: 'p', html: `<strong>${esc(text.join(' '))}</strong>` }];
		}
		case 'ordering':
			return [
				{ kind: 'text', tag: 'h3', html: t.rightOrder },
				{ kind: 'list', ordered: true, start: 1, items: q.items.map(esc) },
			];
		case 'matching': {
			const shown = partnerOrder(q.id, q.pairs.length);
			return [
				{ kind: 'text', tag: 'h3', html: t.rightPairs },
				{
					kind: 'list',
					ordered: false,
					start: 1,
					items: q.pairs.map(
						(p, i) => `${i + 1}\u00a0${esc(p.left)} – ${letter(shown.indexOf(i))})\u00a0${esc(p.right)}`,
					),
				},
			];
		}
	}
}

/** The question slide and the answer slide of question `n` of `total`. */
export function questionDrafts(q: Frage, n: number, total: number, footer: string): [SlideDraft, SlideDraft] {
	const { hint, blocks } = questionBlocks(q);
	const answer = answerBlocks(q);
	const explanation: Block = { kind: 'text', tag: 'p', html: esc(q.explanation) };
	const answerHtml = [...answer, explanation].map(blockToNote).join('');
	return [
		{
			// The question is the heading: the eyebrow already says „Frage an die Gruppe“, and every
			// line saved keeps the options on one slide.
			kind: 'frage',
			eyebrow: `${fillTemplate(t.questionOf, { n, total })} · ${hint}`,
			title: q.question,
			blocks,
			source: footer,
			notes: answerHtml,
		},
		{
			kind: 'aufloesung',
			eyebrow: fillTemplate(t.answerOf, { n, total }),
			title: fillTemplate(t.answerHeading, { n }),
			blocks: [
				...answer,
				{ kind: 'text', tag: 'p', html: `<strong>${esc(t.explanation)}:</strong> ${esc(q.explanation)}` },
			],
			source: footer,
		},
	];
}

/** A block as plain HTML for the speaker notes (which scroll and are never split). */
export function blockToNote(block: Block): string {
	switch (block.kind) {
		case 'text':
			return block.tag === 'h3'
				? `<p><strong>${block.html}</strong></p>`
				: `<${block.tag}>${block.html}</${block.tag}>`;
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag}>${block.items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
		}
		case 'table':
			return `<ul>${block.rows.map((r) => `<li>${r.join(' – ')}</li>`).join('')}</ul>`;
		case 'pairs':
			return `<ul>${block.left.map((l, i) => `<li>${l} – ${block.right[i] ?? ''}</li>`).join('')}</ul>`;
	}
}
