/**
 * Escape hides open glossary tooltips until the pointer or focus moves elsewhere, so that they
 * can be dismissed without moving (WCAG 1.4.13).
 */
export function initGlossaryTips(): void {
	if (!document.querySelector('.begriff')) return;
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
