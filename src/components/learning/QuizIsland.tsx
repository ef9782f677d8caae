/**
 * The chapter quiz (Preact island, hydrated with `client:visible`). Each question is a fieldset
 * with native radios or checkboxes, so the keyboard works as everywhere else. „Antwort prüfen“
 * locks the question, shows right/wrong, the correct answer and the explanation, and announces
 * the result through one polite live region. Single-choice answers are not submitted on change,
 * because arrow keys change the selection while moving through a radio group.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { lernen } from '../../i18n/de/lernen';
import { $quizAnswers, answerQuestion, resetQuiz } from '../../stores/quiz';
import { answerFor, correctIndices, fillTemplate, isCorrectSelection, scoreQuiz, type QuizQuestion } from './quiz';
import QuizQuestionView from './QuizQuestion';

export type QuizLabels = { readonly [K in keyof typeof lernen.quiz]: string };

interface Props {
	chapter: string;
	questions: QuizQuestion[];
	labels: QuizLabels;
}

/** „Richtige Antwort: …“ for announcements. */
function rightAnswerText(q: QuizQuestion, labels: QuizLabels): string {
	const right = correctIndices(q).map((i) => q.options[i]?.text ?? '');
	return `${right.length > 1 ? labels.rightAnswers : labels.rightAnswer} ${right.join('; ')}`;
}

export default function QuizIsland({ chapter, questions, labels }: Props) {
	const stored = useStore($quizAnswers);
	// The server cannot know stored answers: render the empty quiz first so hydration matches.
	const [hydrated, setHydrated] = useState(false);
	const [drafts, setDrafts] = useState<Record<string, number[]>>({});
	const [missing, setMissing] = useState<string | undefined>();
	const [message, setMessage] = useState('');
	const [focusFirst, setFocusFirst] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	useEffect(() => setHydrated(true), []);
	useEffect(() => {
		if (!focusFirst) return;
		root.current?.querySelector<HTMLInputElement>('input:not([disabled])')?.focus();
		setFocusFirst(false);
	}, [focusFirst]);

	const answers = hydrated ? stored[chapter] : undefined;
	const score = scoreQuiz(questions, answers);
	const prefix = `quiz-${chapter}`;

	/** Announce `text` even when it equals the previous message. */
	function announce(text: string): void {
		setMessage('');
		window.setTimeout(() => setMessage(text), 60);
	}

	function choose(q: QuizQuestion, index: number, checked: boolean): void {
		const current = drafts[q.id] ?? [];
		const next = q.type === 'single' ? [index] : checked ? [...current, index] : current.filter((i) => i !== index);
		setDrafts({ ...drafts, [q.id]: next });
		if (missing === q.id) setMissing(undefined);
	}

	function submit(q: QuizQuestion, number: number): void {
		if (answerFor(q, answers)) return;
		const selected = drafts[q.id] ?? [];
		if (selected.length === 0) {
			setMissing(q.id);
			announce(labels.chooseFirst);
			return;
		}
		answerQuestion(chapter, q, selected);
		const right = isCorrectSelection(q, selected);
		const result = right ? labels.correct : `${labels.wrong} ${rightAnswerText(q, labels)}`;
		let text = fillTemplate(labels.announce, { n: number, result, explanation: q.explanation });
		const after = scoreQuiz(questions, $quizAnswers.get()[chapter]);
		if (after.answered === after.total) text += ` ${fillTemplate(labels.finished, { ...after })}`;
		announce(text);
	}

	function reset(): void {
		resetQuiz(chapter);
		setDrafts({});
		setMissing(undefined);
		setFocusFirst(true);
		announce(labels.resetDone);
	}

	return (
		<div class="quiz-inhalt" ref={root}>
			<p class="quiz-intro">{labels.intro}</p>
			{questions.map((q, i) => (
				<QuizQuestionView
					key={q.id}
					id={`${prefix}-${q.id}`}
					number={i + 1}
					total={questions.length}
					question={q}
					answer={answerFor(q, answers)}
					draft={drafts[q.id] ?? []}
					missing={missing === q.id}
					labels={labels}
					onChoose={(index, checked) => choose(q, index, checked)}
					onSubmit={() => submit(q, i + 1)}
				/>
			))}
			<div class="quiz-stand">
				<p>
					<strong>{labels.scoreHeading}</strong> {fillTemplate(labels.score, { ...score })}
					{' · '}
					{fillTemplate(labels.progress, { ...score })}
				</p>
				<button type="button" onClick={reset}>
					{labels.reset}
				</button>
			</div>
			<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
				{message}
			</p>
		</div>
	);
}
