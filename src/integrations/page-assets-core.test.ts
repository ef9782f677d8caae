import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ISLAND_RULE, pagePolicy, rewritePage } from './page-assets-core';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (head: string, body: string) =>
	`<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="old">${head}</head><body>${body}</body></html>`;

describe('rewritePage', () => {
	it('bundles the head stylesheets into one link and keeps their order', async () => {
		const seen: string[][] = [];
		const { html } = await rewritePage(
			page('<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css">', '<p>x</p>'),
			async (hrefs) => {
				seen.push(hrefs);
				return '/_astro/seite.x.css';
			},
		);
		expect(seen).toEqual([['/_astro/a.css', '/_astro/b.css']]);
		expect(html.match(/rel="stylesheet"/g)).toHaveLength(1);
		expect(html).toContain('<link rel="stylesheet" href="/_astro/seite.x.css">');
	});

	it('lists exactly the hashes of the page’s own inline scripts, in a meta tag before them', async () => {
		const { html, hashes } = await rewritePage(
			page('<script>var a=1;</script>', '<script type="module" src="/s.js"></script>'),
			async () => '',
		);
		expect(hashes.scripts).toEqual([hash('var a=1;')]);
		expect(hashes.styles).toEqual([]);
		const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
		expect(meta?.[1]).toBe(pagePolicy(hashes));
		expect(meta?.[1]).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('var a=1;')}; style-src 'self'`);
		expect(html.indexOf('content-security-policy')).toBeLessThan(html.indexOf('<script>'));
		expect(html).not.toContain('content="old"');
	});

	it('moves the island rule out, drops bundled sheets from lazy lists and no-JS fallbacks', async () => {
		const body = `<style>${ISLAND_RULE}</style><div data-island-css="/_astro/a.css /_astro/c.css"><noscript><link rel="stylesheet" href="/_astro/a.css"></noscript></div><div data-island-css="/_astro/a.css"></div>`;
		const { html, hashes } = await rewritePage(
			page('<link rel="stylesheet" href="/_astro/a.css">', body),
			async () => '/_astro/seite.y.css',
		);
		expect(html).not.toContain('<style>');
		expect(hashes.styles).toEqual([]);
		expect(html).toContain('<div data-island-css="/_astro/c.css">');
		expect(html).toContain('<div></div>');
		expect(html).not.toContain('<noscript>');
	});

	it('hashes an inline style that stays', async () => {
		const { hashes } = await rewritePage(page('', '<style>p{color:red}</style>'), async () => '');
		expect(hashes.styles).toEqual([hash('p{color:red}')]);
	});
});
