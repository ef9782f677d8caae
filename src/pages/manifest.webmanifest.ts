import type { APIRoute } from 'astro';
import { de } from '../i18n/de';

/**
 * The web app manifest: with it (and the service worker, src/offline/) browsers offer to install
 * the site, which then opens like an app, also offline. Colours are the site's accent and the
 * dark theme's background; the icons are rendered from the favicon (scripts/make-icons.mjs).
 */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: de.offline.appName,
			short_name: de.offline.appShortName,
			description: de.site.tagline,
			lang: 'de',
			dir: 'ltr',
			start_url: '/',
			scope: '/',
			id: '/',
			display: 'standalone',
			background_color: '#ffffff',
			theme_color: '#0b5cad',
			icons: [
				{ src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
				{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
				{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
				{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
			],
			shortcuts: [
				{ name: de.site.chapters, url: '/kapitel/' },
				{ name: de.site.calculators, url: '/rechner/' },
				{ name: de.folien.indexTitle, url: '/folien/' },
			],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
