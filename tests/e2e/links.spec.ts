import { test, expect } from './fixtures';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Link check over the built site, without a browser: every internal link and every #anchor must
 * resolve to a built file and an element id in it.
 */
const dist = process.env['SMP_DIST'] ?? 'dist';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

function pathOf(file: string): string {
	const rel = file.slice(dist.length).replace(/\\/g, '/');
	return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

test('every internal link and anchor resolves', () => {
	const pages = new Map(htmlFiles(dist).map((file) => [pathOf(file), readFileSync(file, 'utf8')]));
	const broken: string[] = [];
	for (const [from, html] of pages) {
		for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
			const href = (raw ?? '').replace(/&amp;/g, '&');
			if (/^(https?:|mailto:|data:|blob:)/.test(href)) continue;
			const url = new URL(href, `http://site${from}`);
			const target = url.pathname;
			let html2 = pages.get(target);
			if (html2 === undefined && !existsSync(join(dist, target))) {
				broken.push(`${from} → ${href} (Seite fehlt)`);
				continue;
			}
			if (url.hash && html2 !== undefined) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!idsIn(html2).has(id)) broken.push(`${from} → ${href} (Anker fehlt)`);
			}
			html2 = undefined;
		}
	}
	expect(broken).toEqual([]);
});
