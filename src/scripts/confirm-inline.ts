/**
 * „Sind Sie sicher?“ for the plain scripts of /datenschutz/ (that page ships no Preact): the same
 * inline question, markup and styles as src/components/forms/ConfirmButton.tsx. Focus moves to
 * „Abbrechen“, so a stray second press of Enter destroys nothing, and answering returns focus to
 * the button that asked (unlike `window.confirm`, which cannot be styled or read in context).
 */
export interface ConfirmStrings {
	question: string;
	confirm: string;
	cancel: string;
}

let groups = 0;

function button(text: string, className?: string): HTMLButtonElement {
	const b = document.createElement('button');
	b.type = 'button';
	b.textContent = text;
	if (className) b.className = className;
	return b;
}

/** Replace `opener` by the question until it is answered; `onConfirm` runs only on „yes“. */
export function askInline(opener: HTMLButtonElement, t: ConfirmStrings, onConfirm: () => void): void {
	if (opener.hidden) return; // Already asking.
	const id = `confirm-question-${++groups}`;
	const group = document.createElement('div');
	group.className = 'confirm-group';
	group.setAttribute('role', 'group');
	group.setAttribute('aria-labelledby', id);
	const question = document.createElement('p');
	question.id = id;
	question.textContent = t.question;
	const yes = button(t.confirm, 'button-danger');
	const no = button(t.cancel);
	const close = () => {
		group.remove();
		opener.hidden = false;
		if (opener.isConnected) opener.focus();
	};
	yes.addEventListener('click', () => {
		close();
		onConfirm();
	});
	no.addEventListener('click', close);
	group.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') close();
	});
	group.append(question, yes, ' ', no);
	opener.hidden = true;
	opener.after(group);
	no.focus();
}
