/** Opens and closes the header menu on small screens (the button is hidden on wide ones). */
export function initMenu(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
	const menu = document.getElementById('site-menu');
	if (!button || !menu) return;
	button.addEventListener('click', () => {
		const open = button.getAttribute('aria-expanded') !== 'true';
		button.setAttribute('aria-expanded', String(open));
		menu.classList.toggle('is-open', open);
	});
}
