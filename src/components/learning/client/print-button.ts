/** Reveals every `[data-print]` button (they need JavaScript) and lets it open the print dialog. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
	button.hidden = false;
	button.addEventListener('click', () => window.print());
}
