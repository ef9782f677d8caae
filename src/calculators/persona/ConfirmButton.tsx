/**
 * A button that asks before it acts. The question appears inline as a labelled group and focus
 * moves to „Abbrechen“, so a stray second press of Enter cannot destroy anything.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';

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
			<button type="button" ref={openerRef} class={danger ? 'pb-danger' : undefined} onClick={() => setAsking(true)}>
				{label}
			</button>
		);
	}
	return (
		<div class="pb-confirm" role="group" aria-labelledby={questionId}>
			<p id={questionId}>{question}</p>
			<button
				type="button"
				class={danger ? 'pb-danger' : undefined}
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
