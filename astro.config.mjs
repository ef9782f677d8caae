// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';
import pageAssets from './src/integrations/page-assets.ts';
import nearDirective from './src/integrations/near-directive.ts';

// The script every page loads (BaseLayout) stays one file with everything it imports, so a reading
// page makes three requests (HTML, CSS, this script; issue 14). Without the group, the stores it
// shares with the islands would become chunks of their own, each another request on every page.
// Islands import those modules from this file, which every page has loaded already.
const siteScriptChunk = {
	groups: [{ name: 'site', test: /BaseLayout\.astro\?astro&type=script/, includeDependenciesRecursively: true }],
};

// The canonical origin is only used for absolute URLs (canonical, OpenGraph, sitemap);
// a deployment elsewhere sets SITE_URL at build time.
const site = process.env.SITE_URL ?? 'https://social-media-praxis.de';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Styles go to cached files, never inline: inline <style> blocks were repeated in every page
	// (14 KB on a chapter page) and each needed its own CSP hash (issue 14).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Dev toolbar would add its own scripts; the site is tested as it ships.
	devToolbar: { enabled: false },
	// No code listings on the site; Shiki's inline styles would also clash with the CSP.
	markdown: { syntaxHighlight: false },
	vite: {
		plugins: [
			{
				// No preload helper for dynamic imports: it would cost every page almost 1 kB for the
				// lazily loaded search module, whose dependencies are loaded by then anyway. Astro sets
				// this option itself, so it is changed per environment after Astro's config.
				name: 'smp-no-module-preload',
				configEnvironment: (name) =>
					name === 'client'
						? { build: { modulePreload: false, rolldownOptions: { output: { codeSplitting: siteScriptChunk } } } }
						: undefined,
			},
		],
		build: {
			rolldownOptions: {
				// Astro marks content modules with its own directive; the bundler's notice about it is noise.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
					handler(level, log);
				},
			},
		},
	},
	integrations: [
		mdx(),
		preact(),
		// `client:near`: the calculators' hydration (Intl warm-up first, one task per island).
		nearDirective(),
		sitemap({ filter: (page) => !page.includes('/404') }),
		pagefind(),
		// One stylesheet per page and a Content-Security-Policy with only that page's hashes (meta tag
		// and _headers); replaces Astro's `security.csp`, which lists every hash of the site on every page.
		pageAssets(),
		// Last: the offline copy lists the files as the steps before have written them.
		offline(),
	],
});
