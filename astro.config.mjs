// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';

// The theme script runs inline in <head> before the first paint; the CSP allows exactly this
// text by its hash (BaseLayout inlines the same file).
const themeInit = readFileSync(new URL('./src/scripts/theme-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;
// The same for the registration of the offline copy at the end of every page (src/scripts/offline-init.js).
const offlineInit = readFileSync(new URL('./src/scripts/offline-init.js', import.meta.url), 'utf8');
/** @type {`sha256-${string}`} */
const offlineInitHash = `sha256-${createHash('sha256').update(offlineInit).digest('base64')}`;

// The canonical origin is only used for absolute URLs (canonical, OpenGraph, sitemap);
// a deployment elsewhere sets SITE_URL at build time.
const site = process.env.SITE_URL ?? 'https://social-media-praxis.de';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
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
				configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
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
	integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind(), offline()],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind runs its search core as WebAssembly; nothing else needs eval.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeInitHash, offlineInitHash] },
		},
	},
});
