/**
 * The part of the search that every page loads: the button, Strg+K / ⌘K, and opening the dialog.
 * The search itself (Pagefind and result rendering) is imported only when the dialog first opens,
 * so that reading pages stay light.
 */
let loading: Promise<unknown> | undefined;

/**
 * Load the search script once. Its address is written into the dialog by the build
 * (src/integrations/search-module.ts); the script wires the dialog itself when it runs.
 */
function loadSearch(dialog: HTMLDialogElement): void {
	const status = dialog.querySelector<HTMLElement>('[data-search-status]');
	const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as { devNotice?: string; loadError?: string };
	if (dialog.dataset['dev'] === 'true') {
		if (status) status.textContent = strings.devNotice ?? '';
		return;
	}
	const url = dialog.dataset['searchModule'] ?? '';
	loading ??= import(/* @vite-ignore */ url).catch(() => {
		loading = undefined;
		if (status) status.textContent = strings.loadError ?? '';
	});
}

function open(dialog: HTMLDialogElement): void {
	if (!dialog.open) dialog.showModal();
	loadSearch(dialog);
	dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
}

export function initSearchTrigger(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
	if (!dialog) return;
	if (/Mac|iPhone|iPad/.test(navigator.platform)) {
		for (const hint of document.querySelectorAll('[data-shortcut]')) hint.textContent = '⌘ K';
	}
	for (const button of document.querySelectorAll('[data-search-open]')) {
		button.addEventListener('click', () => open(dialog));
	}
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog box) closes it, as users expect from modals.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	// Keep Tab inside the open dialog: the browser would otherwise move on to its own toolbar.
	dialog.addEventListener('keydown', (event) => {
		// Escape closes at once, also from the search field (which would otherwise first clear itself).
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'Tab') return;
		// Result links are options reached with the arrow keys (tabindex -1), not Tab stops.
		const focusable = [
			...dialog.querySelectorAll<HTMLElement>(
				'button, input:not([type="radio"]), input[type="radio"]:checked, [href]:not([tabindex="-1"])',
			),
		].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
		const first = focusable[0];
		const last = focusable[focusable.length - 1];
		if (!first || !last) return;
		if (event.shiftKey && document.activeElement === first) {
			event.preventDefault();
			last.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first.focus();
		}
	});
	window.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) dialog.close();
			else open(dialog);
		}
	});
}
