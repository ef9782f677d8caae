/**
 * The one „Sind Sie sicher?“ of the islands: a button that asks before it acts. The question
 * appears inline as a labelled group and focus moves to „Abbrechen“, so a stray second press of
 * Enter cannot destroy anything. (Unlike `window.confirm`, it can be styled, read by screen
 * readers in context and tested without dialog handlers.)
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import './confirm.css';

interface Props {
	label: string;
	question: string;
	confirmLabel: string;
	cancelLabel: string;
	onConfirm: () => void;
	danger?: boolean;
}

export function ConfirmButton({ label, question, confirmLabel, cancelLabel, onConfirm, danger = false }: Props) {
	const [asking, setAsking] = useState(false);
	const cancelRef = useRef<HTMLButtonElement>(null);
	const openerRef = useRef<HTMLButtonElement>(null);
	const wasAsking = useRef(false);
	const questionId = useId();

	useEffect(() => {
		if (asking) cancelRef.current?.focus();
		else if (wasAsking.current) openerRef.current?.focus();
		wasAsking.current = asking;
	}, [asking]);

	if (!asking) {
		return (
			<button
				type="button"
				ref={openerRef}
				class={danger ? 'button-danger' : undefined}
				onClick={() => setAsking(true)}
			>
				{label}
			</button>
		);
	}
	return (
		<div class="confirm-group" role="group" aria-labelledby={questionId}>
			<p id={questionId}>{question}</p>
			<button
				type="button"
				class={danger ? 'button-danger' : undefined}
				onClick={() => {
					setAsking(false);
					onConfirm();
				}}
			>
				{confirmLabel}
			</button>
			<button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
				{cancelLabel}
			</button>
		</div>
	);
}
