/**
 * The chapter quiz (Preact island, hydrated with `client:visible`). Each question is a fieldset
 * with native controls (radios, checkboxes, a text field, buttons, selects), so the keyboard works
 * as everywhere else. „Antwort prüfen“ locks the question, shows right/wrong, the correct answer
 * and the explanation, and announces the result through one polite live region.
 *
 * The questions come from /kapitel/<slug>/quiz.json, fetched when the island hydrates (as it
 * scrolls into view): the page's HTML carries them neither as markup nor as island props (issue 14).
 *
 * Order: the attempt's seed (stored with the answers) shuffles questions and options; the server
 * and the first client render use file order and the questions stay invisible until the seed is
 * known (see learning.css), so nobody sees the file order flash by. Trainer mode hides this island
 * and shows the server-rendered key instead (QuizKey.astro).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useHydrated } from '../use-hydrated';
import type { lernen } from '../../i18n/de/lernen';
import { $quizAnswers, answerQuestion, ensureAttempt, resetQuiz } from '../../stores/quiz';
import { answerFor, fillTemplate, isCorrectResponse, scoreQuiz, type QuizQuestion } from './quiz';
import { questionOrder } from './quiz-order';
import { draftResponse, emptyDraft, type Draft } from './quiz-draft';
import { rightAnswerText } from './quiz-text';
import QuizQuestionView from './QuizQuestion';

export type QuizStrings = { readonly [K in keyof typeof lernen.quiz]: string };

interface Props {
	chapter: string;
	/** URL of the chapter's questions (src/pages/kapitel/[slug]/quiz.json.ts). */
	src: string;
	/** Shuffle the question order per attempt (options are always shuffled). */
	shuffleQuestions: boolean;
	t: QuizStrings;
}

export default function QuizIsland({ src, ...rest }: Props) {
	const [questions, setQuestions] = useState<QuizQuestion[] | 'error' | undefined>();
	useEffect(() => {
		fetch(src)
			.then((response) => (response.ok ? (response.json() as Promise<QuizQuestion[]>) : Promise.reject(new Error(src))))
			.then(setQuestions, () => setQuestions('error'));
	}, [src]);
	if (questions === undefined || questions === 'error') {
		return (
			<div class="quiz-inhalt">
				<p class="quiz-intro">{rest.t.intro}</p>
				<p role={questions === 'error' ? 'alert' : undefined}>
					{questions === 'error' ? rest.t.loadError : rest.t.loading}
				</p>
			</div>
		);
	}
	return <Quiz {...rest} questions={questions} />;
}

function Quiz({ chapter, questions, shuffleQuestions, t }: Omit<Props, 'src'> & { questions: QuizQuestion[] }) {
	const stored = useStore($quizAnswers);
	// The server cannot know stored answers or the seed: render file order first so hydration matches.
	const hydrated = useHydrated();
	const [drafts, setDrafts] = useState<Record<string, Draft>>({});
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [message, setMessage] = useState('');
	const [focusFirst, setFocusFirst] = useState(false);
	const root = useRef<HTMLDivElement>(null);
	useEffect(() => {
		ensureAttempt(chapter);
	}, [chapter]);
	useEffect(() => {
		if (!focusFirst) return;
		root.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), button')?.focus();
		setFocusFirst(false);
	}, [focusFirst]);

	const attempt = hydrated ? stored[chapter] : undefined;
	const seed = attempt?.seed;
	const answers = attempt?.answers;
	const score = scoreQuiz(questions, answers);
	const order = questionOrder(questions, seed, shuffleQuestions);
	const prefix = `quiz-${chapter}`;

	/** Announce `text` even when it equals the previous message. */
	function announce(text: string): void {
		setMessage('');
		window.setTimeout(() => setMessage(text), 60);
	}

	function setDraft(q: QuizQuestion, draft: Draft): void {
		setDrafts((all) => ({ ...all, [q.id]: draft }));
		if (errors[q.id]) setErrors(({ [q.id]: _gone, ...rest }) => rest);
	}

	function submit(q: QuizQuestion, number: number): void {
		if (answerFor(q, answers)) return;
		const result = draftResponse(q, drafts[q.id] ?? emptyDraft(q, seed), t);
		if (!result.ok) {
			setErrors({ ...errors, [q.id]: result.error });
			announce(result.error);
			return;
		}
		answerQuestion(chapter, q, result.response);
		const right = isCorrectResponse(q, result.response);
		const verdict = right ? t.correct : `${t.wrong} ${rightAnswerText(q, t, seed)}`;
		let text = fillTemplate(t.announce, { n: number, result: verdict, explanation: q.explanation });
		const after = scoreQuiz(questions, $quizAnswers.get()[chapter]?.answers);
		if (after.answered === after.total) text += ` ${fillTemplate(t.finished, { ...after })}`;
		announce(text);
	}

	function reset(): void {
		resetQuiz(chapter);
		setDrafts({});
		setErrors({});
		setFocusFirst(true);
		announce(t.resetDone);
	}

	return (
		<div class="quiz-inhalt" ref={root} data-bereit={seed === undefined ? undefined : ''}>
			<p class="quiz-intro">{t.intro}</p>
			{order.map((index, position) => {
				const q = questions[index];
				if (!q) return null;
				return (
					<QuizQuestionView
						key={q.id}
						id={`${prefix}-${q.id}`}
						number={position + 1}
						total={questions.length}
						question={q}
						seed={seed}
						answer={answerFor(q, answers)}
						draft={drafts[q.id] ?? emptyDraft(q, seed)}
						error={errors[q.id]}
						t={t}
						onDraft={(draft) => setDraft(q, draft)}
						onSubmit={() => submit(q, position + 1)}
						announce={announce}
					/>
				);
			})}
			<div class="quiz-stand">
				<p>
					<strong>{t.scoreHeading}</strong> {fillTemplate(t.score, { ...score })}
					{' · '}
					{fillTemplate(t.progress, { ...score })}
				</p>
				<button type="button" onClick={reset}>
					{t.reset}
				</button>
			</div>
			<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
				{message}
			</p>
		</div>
	);
}
