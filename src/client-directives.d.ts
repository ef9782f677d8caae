// Lets `.astro` files use the calculators' hydration directive (src/scripts/client-near.ts).
export {};

declare module 'astro' {
	interface AstroClientDirectives {
		'client:near'?: Pick<IntersectionObserverInit, 'rootMargin'> | boolean;
	}
}
