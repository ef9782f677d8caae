import { fillTemplate } from '../../lib/template';
import { withHighlight, type SearchHit } from './pagefind';

/** Create an element with a class and, optionally, plain text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A real link, so that a middle click, Strg+Klick or „Link kopieren“ work as everywhere else. */
function link(url: string, term: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = withHighlight(url, term);
	return a;
}

/** The visually hidden lead-in of a sub-result: „Abschnitt in „Echtzeit“:“. */
function sectionLabel(template: string, title: string): HTMLSpanElement {
	return el('span', 'visually-hidden', `${fillTemplate(template, { title })} `);
}

/**
 * The dialog's results as listbox options. Each option *is* a link (`<a role="option">`): focus
 * stays in the search field (aria-activedescendant), while the mouse gets native link behaviour.
 * The option's name is everything it shows (title, type, excerpt), as WCAG's „label in name“
 * asks. Matching sections of a page follow it as options of their own.
 */
export function renderOptions(hits: SearchHit[], term: string, sectionOf: string): HTMLLIElement[] {
	const items: HTMLLIElement[] = [];
	const option = (url: string): HTMLAnchorElement => {
		const a = link(url, term);
		a.id = `search-option-${items.length}`;
		a.setAttribute('role', 'option');
		a.setAttribute('aria-selected', 'false');
		a.tabIndex = -1; // Options are reached with the arrow keys, not with Tab.
		const li = document.createElement('li');
		li.setAttribute('role', 'presentation');
		li.append(a);
		items.push(li);
		return a;
	};
	for (const hit of hits) {
		const a = option(hit.url);
		a.className = 'result';
		a.append(el('span', 'result-title', hit.title));
		if (hit.type) a.append(' ', el('span', 'badge result-type', hit.type));
		if (hit.excerpt) {
			const excerpt = el('span', 'result-excerpt');
			excerpt.innerHTML = ` ${hit.excerpt}`; // Pagefind escapes page text and adds only <mark>.
			a.append(excerpt);
		}
		for (const sub of hit.subResults) {
			const s = option(sub.url);
			s.className = 'result-sub';
			s.append(el('span', 'result-sub-arrow', '→ '), sectionLabel(sectionOf, hit.title), sub.title);
			s.firstElementChild?.setAttribute('aria-hidden', 'true');
		}
	}
	return items;
}

/** One result of the search page: title link, type, excerpt and links to matching sections. */
export function renderPageResult(hit: SearchHit, term: string, sectionOf: string): HTMLLIElement {
	const li = document.createElement('li');
	const a = link(hit.url, term);
	a.className = 'result-title';
	a.textContent = hit.title;
	li.append(a);
	if (hit.type) li.append(' ', el('span', 'badge', hit.type));
	const excerpt = el('p', 'result-excerpt');
	excerpt.innerHTML = hit.excerpt; // Pagefind escapes page text and adds only <mark>.
	li.append(excerpt);
	if (hit.subResults.length > 0) {
		const list = el('ul', 'result-sections');
		for (const sub of hit.subResults) {
			const item = document.createElement('li');
			const sectionLink = link(sub.url, term);
			sectionLink.append(sectionLabel(sectionOf, hit.title), sub.title);
			item.append(sectionLink);
			list.append(item);
		}
		li.append(list);
	}
	return li;
}
