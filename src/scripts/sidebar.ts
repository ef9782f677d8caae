/** The chapter list collapses behind a button on small screens. */
export function initSidebar(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-sidebar-toggle]');
	const list = document.querySelector<HTMLElement>('[data-sidebar-list]');
	if (!button || !list) return;
	button.addEventListener('click', () => {
		const open = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(open));
		list.classList.toggle('is-open', open);
	});
}
