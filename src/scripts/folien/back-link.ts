import { slideReturnPath } from './navigation';

/** Show „zurück zur Folie“ when a slide opened this page (see BackToSlide.astro). */
export function initBackToSlide(): void {
	const box = document.querySelector<HTMLElement>('[data-zurueck-zur-folie]');
	const link = box?.querySelector('a');
	const target = slideReturnPath(new URLSearchParams(location.search).get('folie'));
	if (!box || !link || !target) return;
	link.href = target;
	box.hidden = false;
}
