import { $storageProblems } from '../stores/persisted';

/** Show every problem a store reported while loading, until the reader dismisses the notice. */
export function initStorageNotice(): void {
	const box = document.querySelector<HTMLElement>('[data-storage-notice]');
	const list = box?.querySelector('[data-storage-list]');
	if (!box || !list) return;
	$storageProblems.subscribe((problems) => {
		list.replaceChildren(
			...problems.map((p) => {
				const li = document.createElement('li');
				li.textContent = p.message;
				return li;
			}),
		);
		box.hidden = problems.length === 0;
	});
	box.querySelector('[data-storage-dismiss]')?.addEventListener('click', () => $storageProblems.set([]));
}
