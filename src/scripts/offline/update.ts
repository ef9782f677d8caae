/**
 * „Neue Version verfügbar – neu laden“. Loaded only when a new build's service worker has copied
 * all its files and waits. The page keeps showing the old build – complete, from the old copy –
 * until the reader reloads; the click activates the new worker, which then serves the new build.
 */
export function showUpdate(reg: ServiceWorkerRegistration): void {
	const box = document.querySelector<HTMLElement>('[data-update-inhalt]');
	const button = box?.querySelector<HTMLButtonElement>('[data-update-neu-laden]');
	if (!box || !button || !box.hidden) return;
	box.hidden = false;
	let reloading = false;
	const reload = () => {
		if (reloading) return;
		reloading = true;
		location.reload();
	};
	button.addEventListener('click', () => {
		const waiting = reg.waiting;
		// Another tab may have activated the new version already: then a reload is all it takes.
		if (!waiting) return reload();
		navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true });
		waiting.postMessage({ type: 'aktivieren' });
	});
}
