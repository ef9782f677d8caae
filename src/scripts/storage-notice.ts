import { $storageProblems } from '../stores/persisted';

/**
 * Show every problem a store reported until the reader dismisses the notice. Each list item
 * carries the problem's kind and state; the notice's CSS shows the matching explanations
 * (StorageNotice.astro), which keeps this script – loaded by every page – small.
 */
export function initStorageNotice(): void {
	const box = document.querySelector<HTMLElement>('[data-storage-notice]');
	const list = box?.querySelector('[data-storage-list]');
	if (!box || !list) return;
	$storageProblems.subscribe((problems) => {
		list.replaceChildren(
			...problems.map((p) => {
				const li = document.createElement('li');
				li.textContent = p.message;
				li.dataset['kind'] = p.kind;
				if (p.backupKey) li.dataset['backup'] = '';
				if (p.readOnly) li.dataset['readonly'] = '';
				return li;
			}),
		);
		if (problems.length > 0 && !box.dataset['placed']) {
			// The page renders the notice last (BaseLayout); shown, it belongs above the content.
			const crumbs = box.parentElement?.querySelector(':scope > .breadcrumbs');
			if (crumbs) crumbs.after(box);
			else box.parentElement?.prepend(box);
			box.dataset['placed'] = '';
		}
		box.hidden = problems.length === 0;
	});
	box.querySelector('[data-storage-dismiss]')?.addEventListener('click', () => $storageProblems.set([]));
}
