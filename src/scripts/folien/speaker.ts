/**
 * The speaker view (?sprecher=1): the current slide on the left; on the right the timer, the
 * clock, a preview of the next slide and the notes of the current slide – trainer notes and
 * solutions of a task, the answer to a question. The deck script calls `update` on every change.
 */
export interface SpeakerView {
	update(n: number): void;
	timer(text: string): void;
	blank(on: boolean): void;
}

const clockFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit' });

/** A copy of a slide for the preview: no ids, hidden from assistive technology, not focusable. */
function preview(slide: HTMLElement): HTMLElement {
	const copy = slide.cloneNode(true) as HTMLElement;
	for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) el.removeAttribute('id');
	copy.removeAttribute('aria-labelledby');
	copy.removeAttribute('aria-roledescription');
	copy.classList.remove('aktiv');
	copy.hidden = false;
	copy.setAttribute('aria-hidden', 'true');
	copy.inert = true;
	copy.querySelector('[data-notizen]')?.remove();
	return copy;
}

export function initSpeakerView(slides: readonly HTMLElement[], noNotes: string): SpeakerView | undefined {
	const pane = document.querySelector<HTMLElement>('[data-sprecher]');
	const next = pane?.querySelector<HTMLElement>('[data-vorschau]');
	const notes = pane?.querySelector<HTMLElement>('[data-notizen-ziel]');
	const timer = pane?.querySelector<HTMLElement>('[data-sprecher-timer]');
	const clock = pane?.querySelector<HTMLElement>('[data-uhr]');
	const blankNote = pane?.querySelector<HTMLElement>('[data-sprecher-schwarz]');
	if (!pane || !next || !notes) return undefined;
	document.body.classList.add('sprecher-modus');
	document.title = `${pane.querySelector('h2')?.textContent ?? ''} – ${document.title}`;
	pane.hidden = false;
	const end = next.dataset['ende'] ?? '';
	const tick = () => {
		if (clock) clock.textContent = clockFormat.format(new Date());
	};
	tick();
	window.setInterval(tick, 1000);
	return {
		update(n) {
			const following = slides[n];
			if (following) next.replaceChildren(preview(following));
			else {
				const p = document.createElement('p');
				p.className = 'sprecher-ende';
				p.textContent = end;
				next.replaceChildren(p);
			}
			const source = slides[n - 1]?.querySelector<HTMLElement>('[data-notizen]');
			if (source) notes.innerHTML = source.innerHTML;
			else {
				const p = document.createElement('p');
				p.textContent = noNotes;
				notes.replaceChildren(p);
			}
		},
		timer(text) {
			if (timer) timer.textContent = text;
		},
		blank(on) {
			if (blankNote) blankNote.hidden = !on;
		},
	};
}
