/**
 * Filter of the exercise list (/uebungen/) by chapter and kind. The form is hidden without
 * JavaScript, where every exercise stays visible. The filter lives in the URL (`?kapitel=…&art=…`)
 * so a worksheet selection can be bookmarked or shared; matching is pure (exercises.ts).
 */
import { filterToSearch, matchesFilter, parseFilter, type ExerciseFilter } from '../exercises';
import { fillTemplate } from '../../../lib/template';

const form = document.querySelector<HTMLFormElement>('form[data-exercise-filter]');
if (form) {
	const chapterSelect = form.elements.namedItem('kapitel');
	const kindSelect = form.elements.namedItem('art');
	const count = form.querySelector<HTMLElement>('[data-filter-count]');
	const items = [...document.querySelectorAll<HTMLElement>('[data-aufgabe]')];
	const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-gruppe]')];
	const options = (select: unknown) =>
		select instanceof HTMLSelectElement ? [...select.options].map((o) => o.value).filter(Boolean) : [];

	const apply = (filter: ExerciseFilter) => {
		let shown = 0;
		for (const item of items) {
			const visible = matchesFilter(
				{ chapter: item.dataset['chapter'] ?? '', kind: item.dataset['kind'] ?? '' },
				filter,
			);
			item.hidden = !visible;
			if (visible) shown++;
		}
		for (const group of groups) group.hidden = !group.querySelector('[data-aufgabe]:not([hidden])');
		if (count) {
			count.textContent = fillTemplate(form.dataset['countTemplate'] ?? '', { count: shown });
		}
	};

	const initial = parseFilter(location.search, options(chapterSelect), options(kindSelect));
	if (chapterSelect instanceof HTMLSelectElement) chapterSelect.value = initial.chapter ?? '';
	if (kindSelect instanceof HTMLSelectElement) kindSelect.value = initial.kind ?? '';
	apply(initial);
	form.hidden = false;

	form.addEventListener('change', () => {
		const filter = parseFilter(
			filterToSearch({
				chapter: chapterSelect instanceof HTMLSelectElement ? chapterSelect.value : undefined,
				kind: kindSelect instanceof HTMLSelectElement ? (kindSelect.value as ExerciseFilter['kind']) : undefined,
			}),
			options(chapterSelect),
			options(kindSelect),
		);
		apply(filter);
		history.replaceState(null, '', `${location.pathname}${filterToSearch(filter)}${location.hash}`);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
}
