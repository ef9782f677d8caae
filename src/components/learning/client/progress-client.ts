/**
 * Progress in the page, without a framework: marks every `[data-progress-chapter]` element
 * (sidebar, chapter cards) with `is-done` and a hidden „(erledigt)“ in its `[data-progress-label]`,
 * reflects the state in „Kapitel erledigt“ buttons and exercise checkboxes, and handles both.
 */
import { progressDoneLabel } from '../../../i18n/de/lernen';
import { $progress, markChapterDone, markExerciseDone } from '../../../stores/progress';

$progress.subscribe(({ chapters, exercises }) => {
	for (const el of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
		const done = chapters.includes(el.dataset['progressChapter'] ?? '');
		el.classList.toggle('is-done', done);
		const label = el.querySelector('[data-progress-label]');
		if (label) label.textContent = done ? ` ${progressDoneLabel}` : '';
	}
	for (const button of document.querySelectorAll<HTMLElement>('[data-chapter-done]')) {
		button.setAttribute('aria-pressed', String(chapters.includes(button.dataset['chapterDone'] ?? '')));
	}
	for (const box of document.querySelectorAll<HTMLInputElement>('input[data-progress-exercise]')) {
		box.checked = exercises.includes(box.dataset['progressExercise'] ?? '');
	}
});

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-chapter-done]') : null;
	const slug = button?.dataset['chapterDone'];
	if (button && slug) markChapterDone(slug, button.getAttribute('aria-pressed') !== 'true');
});

document.addEventListener('change', (event) => {
	const box = event.target;
	if (box instanceof HTMLInputElement && box.dataset['progressExercise']) {
		markExerciseDone(box.dataset['progressExercise'], box.checked);
	}
});
