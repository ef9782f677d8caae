/**
 * Marks the table-of-contents entry of the section being read. A heading counts as current once
 * it has scrolled above the upper third of the viewport.
 */
export function initToc(): void {
	const toc = document.querySelector('[data-toc]');
	if (!toc) return;
	const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
	const headings = links
		.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
		.filter((h): h is HTMLElement => h !== null);
	if (headings.length === 0) return;
	let ticking = false;
	const update = () => {
		ticking = false;
		const limit = window.innerHeight / 3;
		let current = headings[0];
		for (const h of headings) {
			if (h.getBoundingClientRect().top <= limit) current = h;
			else break;
		}
		for (const a of links) {
			a.setAttribute('aria-current', String(a.hash.slice(1) === current?.id));
		}
	};
	window.addEventListener(
		'scroll',
		() => {
			if (!ticking) {
				ticking = true;
				requestAnimationFrame(update);
			}
		},
		{ passive: true },
	);
	update();
}
