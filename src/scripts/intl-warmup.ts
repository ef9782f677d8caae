/**
 * Starts the `Intl` warm-up worker (public/intl-warmup.js) once per page: it builds the German
 * number and date formats off the main thread, so a calculator's first render does not pay for
 * Chromium's locale data inside its hydration task (issue 14). Calculator pages start it from the
 * head (RechnerLayout.astro); chapters when an embedded calculator comes near (island-css.ts).
 */
let started = false;

export function startIntlWarmup(): void {
	if (started || typeof Worker === 'undefined') return;
	started = true;
	try {
		new Worker('/intl-warmup.js');
	} catch {
		// Only a speed-up: without it the island builds its formats itself.
	}
}
