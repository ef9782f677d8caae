/**
 * `client:near` – how every calculator island hydrates (registered by src/integrations/near-directive.ts).
 * Like `client:visible` (optionally with a `rootMargin`), plus two things that keep hydration out
 * of long tasks (issue 14):
 * - the German `Intl` formats are built first in a worker (public/intl-warmup.js): the first
 *   formatter of a kind costs Chromium 40–90 ms of locale data, and the cache it fills is shared by
 *   the whole renderer process, so the island's first render finds it ready (waited for at most
 *   one second – it is only a speed-up);
 * - every island hydrates in a task of its own, so islands that come into view together (a
 *   calculator's inputs and results) do not add up to one long task.
 * Astro inlines this file into each page that uses it; it must not import anything.
 */
import type { ClientDirective } from 'astro';

const WARMUP_LIMIT_MS = 1000;

declare global {
	interface Window {
		smpIntlWarmup?: Promise<void>;
	}
}

/** One warm-up per page, shared by all its islands. */
function intlWarmup(): Promise<void> {
	window.smpIntlWarmup ??= new Promise<void>((resolve) => {
		const done = () => resolve();
		setTimeout(done, WARMUP_LIMIT_MS);
		try {
			const worker = new Worker('/intl-warmup.js');
			worker.onmessage = done;
			worker.onerror = done;
		} catch {
			done();
		}
	});
	return window.smpIntlWarmup;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const nearDirective: ClientDirective = (load, options, el) => {
	const value: unknown = options.value;
	const rootMargin =
		typeof value === 'object' && value !== null && 'rootMargin' in value && typeof value.rootMargin === 'string'
			? value.rootMargin
			: undefined;
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			void (async () => {
				const [hydrate] = await Promise.all([load(), intlWarmup()]);
				await nextTask();
				await hydrate();
			})();
		},
		rootMargin === undefined ? {} : { rootMargin },
	);
	// A calculator made of several islands marks its wrapper `data-near-root`: all of them hydrate
	// when it comes near, not the results only once scrolled to. Otherwise the island's own
	// children are watched (Astro's islands are `display: contents` and have no box of their own).
	const root = el.closest('[data-near-root]');
	for (const target of root ? [root] : el.children) observer.observe(target);
};

export default nearDirective;
