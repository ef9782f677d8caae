/**
 * Registers the service worker (/sw.js, written by src/integrations/offline.ts) that keeps an
 * offline copy of the site. Part of every page's script, so it must stay tiny: everything else –
 * the update notice – loads only when a new version is waiting. Not in `astro dev`, which has no
 * /sw.js. A reader who removed the offline copy on /datenschutz/ (key `smp:offline`) gets none.
 */
export const OFFLINE_OPT_OUT_KEY = 'smp:offline';

export function initOffline(): void {
	const sw = navigator.serviceWorker;
	if (!import.meta.env.PROD || !sw) return;
	try {
		if (localStorage.getItem(OFFLINE_OPT_OUT_KEY)) return;
	} catch {
		// Storage blocked: offline use still works, only the opt-out cannot be read.
	}
	// After the page has loaded, so that the copy never competes with what the reader waits for.
	addEventListener('load', () => {
		sw.register('/sw.js', { updateViaCache: 'none' }).then((reg) => {
			// Test browsers that block service workers resolve without a registration.
			if (!reg) return;
			const waiting = () => reg.waiting && sw.controller && void import('./update').then((m) => m.showUpdate(reg));
			waiting();
			reg.addEventListener('updatefound', () => reg.installing?.addEventListener('statechange', waiting));
		}, () => undefined);
	});
}
