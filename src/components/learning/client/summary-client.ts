/**
 * Keeps every ProgressSummary (start page) up to date and wires its reset button and
 * confirmation dialog. Does nothing on pages without one. The quiz answers are cleared by key,
 * so ordinary pages do not carry the quiz store and its validation code.
 */
import { $progress, resetProgress } from '../../../stores/progress';
import { clearStored } from '../../../stores/persisted';
import { summarizeProgress } from '../progress-state';

function readList(json: string | undefined): string[] {
	try {
		const value: unknown = JSON.parse(json ?? '[]');
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** Fill „{done} von {total} …“; a local replace keeps this entry free of shared chunks. */
function fill(el: HTMLElement | null, done: number, total: number): void {
	if (el)
		el.textContent = (el.dataset['template'] ?? '').replace('{done}', String(done)).replace('{total}', String(total));
}

for (const root of document.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
	const chapters = readList(root.dataset['chapters']);
	const exercises = readList(root.dataset['exercises']);
	const bar = root.querySelector('progress');
	$progress.subscribe((progress) => {
		const s = summarizeProgress(progress, chapters, exercises);
		fill(root.querySelector('[data-summary-chapters]'), s.chaptersDone, s.chaptersTotal);
		fill(root.querySelector('[data-summary-exercises]'), s.exercisesDone, s.exercisesTotal);
		if (bar) bar.value = s.chaptersDone;
	});

	const open = root.querySelector<HTMLButtonElement>('[data-summary-reset]');
	const dialog = root.querySelector('dialog');
	const status = root.querySelector<HTMLElement>('[data-summary-status]');
	if (!open || !dialog) continue;
	open.hidden = false;
	open.addEventListener('click', () => {
		if (status) status.textContent = '';
		dialog.returnValue = '';
		dialog.showModal();
	});
	dialog.addEventListener('close', () => {
		if (dialog.returnValue !== 'ja') return;
		resetProgress();
		clearStored('quiz');
		if (status) status.textContent = status.dataset['done'] ?? '';
	});
}
