import { countMessage, runSearch } from './pagefind';
import { renderOptions } from './render';

interface Strings {
	loading: string;
	results: string;
	devNotice: string;
	loadError: string;
	sectionOf: string;
}

/** Open a result: in this tab, or with Strg/⌘ in a new one (as a Strg+Klick on a link would). */
function openResult(option: HTMLAnchorElement, newTab: boolean): void {
	if (newTab) window.open(option.href, '_blank', 'noopener');
	else option.click();
}

/** Wire the search dialog: typing, filters, arrow keys, Enter and the live result count. */
export function attach(dialog: HTMLDialogElement): void {
	const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Strings;
	const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
	const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
	const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
	const status = dialog.querySelector<HTMLElement>('[data-search-status]');
	if (!input || !form || !list || !status) return;
	if (dialog.dataset['dev'] === 'true') {
		status.textContent = strings.devNotice;
		return;
	}
	let active = -1;
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	const setActive = (index: number) => {
		const all = options();
		if (all.length === 0) return;
		active = (index + all.length) % all.length;
		all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
		const current = all[active];
		if (current) {
			input.setAttribute('aria-activedescendant', current.id);
			current.scrollIntoView({ block: 'nearest' });
		}
	};
	const filter = () => form.querySelector<HTMLInputElement>('[data-search-filter]:checked')?.value ?? '';

	const search = async () => {
		const term = input.value.trim();
		const mine = ++generation;
		active = -1;
		input.removeAttribute('aria-activedescendant');
		if (term.length < 2) {
			list.replaceChildren();
			input.setAttribute('aria-expanded', 'false');
			status.textContent = '';
			return;
		}
		status.textContent = strings.loading;
		try {
			const hits = await runSearch(term, filter());
			if (mine !== generation) return; // A newer query is on its way.
			list.replaceChildren(...renderOptions(hits, term, strings.sectionOf));
			input.setAttribute('aria-expanded', String(hits.length > 0));
			status.textContent = countMessage(strings, hits.length, term);
		} catch {
			status.textContent = strings.loadError;
		}
	};
	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(() => void search(), 150);
	};

	input.addEventListener('input', schedule);
	// Only the type filters re-run the search; the text field's own change event (on Enter) must not.
	form.addEventListener('change', (event) => {
		if (!(event.target as HTMLElement).matches('[data-search-filter]')) return;
		clearTimeout(timer); // A still pending keystroke search would run without the new filter's intent.
		void search();
	});
	form.addEventListener('submit', (event) => {
		// Without a chosen result the form goes to the full search page /suche/?q=…
		const chosen = options()[active];
		if (chosen) {
			event.preventDefault();
			openResult(chosen, false);
		}
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			setActive(active + 1);
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			setActive(active - 1);
		} else if (event.key === 'Enter' && options().length > 0) {
			// Enter opens the chosen result, or the first one when none is chosen yet.
			event.preventDefault();
			const chosen = options()[Math.max(active, 0)];
			if (chosen) openResult(chosen, event.ctrlKey || event.metaKey);
		}
	});
	// Clicks need no handler: every option is a link, so the browser opens it (also in a new tab).
	if (input.value.trim()) void search();
}

/** Wire the page's search dialog once, however often this module is loaded. */
export function attachDialog(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	if (!dialog || dialog.dataset['attached']) return;
	dialog.dataset['attached'] = 'true';
	attach(dialog);
}
