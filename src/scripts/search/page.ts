import { countMessage, runSearch } from './pagefind';
import { renderPageResult } from './render';

type Strings = Record<'loading' | 'results' | 'devNotice' | 'loadError' | 'sectionOf', string>;

/** The full-page search at /suche/: reads ?q= and ?typ=, shows results as a list of links. */
export function initSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-page]');
	const input = document.querySelector<HTMLInputElement>('[data-search-page-input]');
	const status = document.querySelector<HTMLElement>('[data-search-page-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-page-results]');
	if (!form || !input || !status || !list) return;
	const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Strings;
	if (form.dataset['dev'] === 'true') {
		status.textContent = strings.devNotice;
		return;
	}
	const params = new URLSearchParams(window.location.search);
	const term = (params.get('q') ?? '').trim();
	const type = params.get('typ') ?? '';
	input.value = term;
	const radio = form.querySelector<HTMLInputElement>(`input[name="typ"][value="${CSS.escape(type)}"]`);
	if (radio) radio.checked = true;
	form.addEventListener('change', () => form.requestSubmit());
	if (term.length < 2) return;
	status.textContent = strings.loading;
	runSearch(term, type, 30)
		.then((hits) => {
			list.replaceChildren(...hits.map((hit) => renderPageResult(hit, term, strings.sectionOf)));
			status.textContent = countMessage(strings, hits.length, term);
		})
		.catch(() => {
			status.textContent = strings.loadError;
		});
}
