/** Term and definition per glossary id, as /glossar.json serves them (src/pages/glossar.json.ts). */
type Glossary = Record<string, [term: string, definition: string]>;

let loading: Promise<void> | undefined;

/**
 * Fill every empty tooltip on the page from /glossar.json. The definitions are not in the page's
 * HTML (issue 14: they were repeated, hidden, in every page); the file is fetched once, on the
 * reader's first interaction, so it is there before a term is hovered or reached by Tab.
 */
function fillTips(): Promise<void> {
	loading ??= fetch('/glossar.json')
		.then((response) => (response.ok ? (response.json() as Promise<Glossary>) : undefined))
		.then((glossary) => {
			if (!glossary) return;
			for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-begriff]')) {
				const entry = glossary[link.dataset.begriff ?? ''];
				const tip = link.nextElementSibling;
				if (!entry || !tip || tip.childNodes.length > 0) continue;
				const term = document.createElement('strong');
				term.textContent = `${entry[0]}:`;
				tip.append(term, ` ${entry[1]}`);
			}
		})
		// Without the file the terms stay plain links to the glossary.
		.catch(() => undefined);
	return loading;
}

/**
 * Glossary tooltips: loads the definitions on first interaction; Escape hides open tooltips until
 * the pointer or focus moves elsewhere, so that they can be dismissed without moving (WCAG 1.4.13).
 */
export function initGlossaryTips(): void {
	if (!document.querySelector('.begriff')) return;
	for (const type of ['pointerover', 'focusin', 'keydown', 'touchstart']) {
		document.addEventListener(type, () => void fillTips(), { once: true, passive: true });
	}
	document.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') document.documentElement.classList.add('tips-dismissed');
	});
	for (const type of ['focusin', 'pointerover']) {
		document.addEventListener(type, (e) => {
			if ((e.target as Element | null)?.closest?.('.begriff')) return;
			document.documentElement.classList.remove('tips-dismissed');
		});
	}
}
