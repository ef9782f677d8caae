/**
 * Loads the stylesheets of an embedded calculator (`data-island-css="<url> <url>"`, see
 * src/calculators/styles.ts) once it comes within one screen height below the viewport (or is
 * anywhere above it) – earlier than Astro hydrates the island (`client:near`), so the
 * server-rendered form is styled before it is seen. Sheets already linked (a calculator page links
 * them in its head) are not loaded twice.
 */
export function initIslandCss(): void {
	const hosts = document.querySelectorAll<HTMLElement>('[data-island-css]');
	if (hosts.length === 0) return;
	const load = (host: HTMLElement) => {
		for (const href of (host.dataset.islandCss ?? '').split(' ')) {
			if (!href || document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) continue;
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			document.head.append(link);
		}
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				load(entry.target as HTMLElement);
			}
		},
		// Also above the viewport: after a reload far down the page, islands there hydrate too.
		{ rootMargin: '1000000px 0px 100% 0px' },
	);
	for (const host of hosts) observer.observe(host);
	// Printing shows every calculator, also those never scrolled to.
	window.addEventListener('beforeprint', () => hosts.forEach(load), { once: true });
}
