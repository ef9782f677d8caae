/** One quiz question: fieldset, the input of its kind, „Antwort prüfen“ and, once answered, the feedback. */
import type { QuizStrings } from './QuizIsland';
import { fillTemplate, isCorrectResponse, type QuizQuestion, type StoredAnswer } from './quiz';
import type { Draft } from './quiz-draft';
import ChoiceField from './ChoiceField';
import NumericField from './NumericField';
import OrderingField from './OrderingField';
import MatchingField from './MatchingField';
import QuizFeedback from './QuizFeedback';

interface Props {
	id: string;
	number: number;
	total: number;
	question: QuizQuestion;
	/** The attempt's seed; `undefined` until it is known (file order). */
	seed: number | undefined;
	/** The locked answer, if the question was answered. */
	answer: StoredAnswer | undefined;
	draft: Draft;
	/** Why „Antwort prüfen“ could not submit (German, shown next to the input). */
	error: string | undefined;
	t: QuizStrings;
	onDraft: (draft: Draft) => void;
	onSubmit: () => void;
	announce: (text: string) => void;
}

function hintFor(q: QuizQuestion, t: QuizStrings): string {
	switch (q.type) {
		case 'single':
			return t.single;
		case 'multiple':
			return t.multiple;
		case 'numeric':
			return t.numericHint;
		case 'ordering':
			return t.orderingHint;
		case 'matching':
			return t.matchingHint;
	}
}

export default function QuizQuestionView(props: Props) {
	const { id, question: q, answer, t, draft, error } = props;
	const locked = answer !== undefined;
	const right = locked && isCorrectResponse(q, answer);
	const errorId = `${id}-fehler`;
	// A numeric field shows its message right below the input; other kinds beside the button.
	const errorBesideButton = error && q.type !== 'numeric';
	const field = { id, question: q, seed: props.seed, answer, t, errorId: error ? errorId : undefined };
	return (
		<fieldset
			class={`quiz-frage quiz-${q.type}${locked ? (right ? ' ist-richtig' : ' ist-falsch') : ''}`}
			id={id}
			aria-describedby={errorBesideButton ? errorId : undefined}
		>
			<legend>
				<span class="quiz-nummer">{fillTemplate(t.questionOf, { n: props.number, total: props.total })}</span>
				<span class="quiz-text">{q.question}</span>
				<span class="quiz-hinweis">{hintFor(q, t)}</span>
			</legend>
			{draft.kind === 'choice' && <ChoiceField {...field} selected={draft.selected} onDraft={props.onDraft} />}
			{draft.kind === 'numeric' && (
				<NumericField {...field} error={error} text={draft.text} onDraft={props.onDraft} onSubmit={props.onSubmit} />
			)}
			{draft.kind === 'ordering' && (
				<OrderingField {...field} order={draft.order} onDraft={props.onDraft} announce={props.announce} />
			)}
			{draft.kind === 'matching' && <MatchingField {...field} matches={draft.matches} onDraft={props.onDraft} />}
			<p class="quiz-aktionen">
				<button
					type="button"
					class="button-primary"
					aria-disabled={locked ? 'true' : undefined}
					onClick={props.onSubmit}
				>
					{locked ? t.locked : t.check}
				</button>
				{errorBesideButton && (
					<span class="field-error" id={errorId}>
						{error}
					</span>
				)}
			</p>
			{locked && <QuizFeedback question={q} answer={answer} right={right} seed={props.seed} t={t} />}
		</fieldset>
	);
}
