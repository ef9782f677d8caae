/**
 * The offline status on /datenschutz/: ready (with date, number of files and size), being
 * created (with progress), switched off or not possible – and removing or re-enabling the copy.
 */
import { CACHE_PREFIX } from '../../offline/precache';

/** Set when the reader switched offline use off; src/scripts/offline-init.js reads the same key. */
export const OFFLINE_OPT_OUT_KEY = 'smp:offline';

type Strings = Record<
	| 'checking'
	| 'ready'
	| 'loading'
	| 'loadingStart'
	| 'off'
	| 'unsupported'
	| 'notYet'
	| 'saveData'
	| 'failed'
	| 'remove'
	| 'removed'
	| 'enable'
	| 'enabled',
	string
>;

interface WorkerStatus {
	files: number;
	bytes: number;
	complete: boolean;
	installed: string | null;
}

const size = new Intl.NumberFormat('de-DE', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const count = new Intl.NumberFormat('de-DE');
const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short' });

/** Ask a service worker for its copy; undefined when it does not answer within two seconds. */
function ask(worker: ServiceWorker): Promise<WorkerStatus | undefined> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timeout = window.setTimeout(() => resolve(undefined), 2000);
		channel.port1.onmessage = (event: MessageEvent<WorkerStatus>) => {
			window.clearTimeout(timeout);
			resolve(event.data);
		};
		worker.postMessage({ type: 'status' }, [channel.port2]);
	});
}

/** The browser asks to save data: offline-init.js then makes no first copy on its own. */
function savesData(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return connection?.saveData === true;
}

function optedOut(): boolean {
	try {
		return localStorage.getItem(OFFLINE_OPT_OUT_KEY) !== null;
	} catch {
		return false;
	}
}

export function initOfflineStatus(): void {
	const root = document.querySelector<HTMLElement>('[data-offline-status]');
	const text = root?.querySelector<HTMLElement>('[data-offline-text]');
	const remove = root?.querySelector<HTMLButtonElement>('[data-offline-entfernen]');
	const enable = root?.querySelector<HTMLButtonElement>('[data-offline-einschalten]');
	if (!root || !text || !remove || !enable) return;
	const t = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
	const sw = navigator.serviceWorker;
	const say = (message: string) => {
		if (text.textContent !== message) text.textContent = message;
	};
	if (!sw || !('caches' in window)) {
		say(t.unsupported);
		return;
	}
	let progress: { done: number; total: number } | undefined;

	async function refresh(): Promise<void> {
		if (optedOut()) {
			remove!.hidden = true;
			enable!.hidden = false;
			return say(t.off);
		}
		const reg = await sw.getRegistration();
		if (!reg && savesData()) {
			remove!.hidden = true;
			enable!.hidden = false;
			return say(t.saveData);
		}
		enable!.hidden = true;
		remove!.hidden = false;
		if (!reg) return say(t.notYet);
		reg.installing?.addEventListener('statechange', () => void refresh());
		const status = reg.active ? await ask(reg.active) : undefined;
		if (status?.complete) {
			const when = status.installed ? date.format(new Date(status.installed)) : '';
			// Plain `replace`, not the quiz's template helper: sharing it would split it off the quiz bundle.
			return say(
				t.ready
					.replace('{date}', when)
					.replace('{files}', count.format(status.files))
					.replace('{size}', size.format(status.bytes / 1e6)),
			);
		}
		if (reg.installing) {
			return say(
				progress
					? t.loading.replace('{done}', count.format(progress.done)).replace('{files}', count.format(progress.total))
					: t.loadingStart,
			);
		}
		say(reg.active ? t.failed : t.notYet);
	}

	sw.addEventListener('message', (event: MessageEvent<{ type?: string; done?: number; total?: number }>) => {
		if (event.data?.type !== 'fortschritt') return;
		progress = { done: event.data.done ?? 0, total: event.data.total ?? 0 };
		void refresh();
	});
	sw.addEventListener('controllerchange', () => void refresh());
	// The page registers the worker only seconds after load (offline-init.js): say so when it has.
	void sw.ready.then(() => refresh());

	remove.addEventListener('click', async () => {
		try {
			localStorage.setItem(OFFLINE_OPT_OUT_KEY, JSON.stringify({ v: 1, data: 'aus' }));
		} catch {
			// Without storage the copy is removed now and made again on the next visit.
		}
		for (const reg of await sw.getRegistrations()) await reg.unregister();
		for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
		await refresh();
		say(t.removed);
		enable.focus();
	});

	enable.addEventListener('click', async () => {
		try {
			localStorage.removeItem(OFFLINE_OPT_OUT_KEY);
		} catch {
			// Nothing stored, nothing to remove.
		}
		progress = undefined;
		await sw.register('/sw.js').catch(() => undefined);
		// Show the remove button before it takes the focus: a hidden button cannot.
		enable.hidden = true;
		remove.hidden = false;
		say(t.enabled);
		remove.focus();
		window.setTimeout(() => void refresh(), 1500);
	});

	void refresh();
}
