/** The pure part of page-assets.ts: HTML in, HTML out (unit-tested in page-assets-core.test.ts). */
import { createHash } from 'node:crypto';

/** Astro writes this rule inline before the first island; it moves into the page's stylesheet. */
export const ISLAND_RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

/** Every page's policy apart from scripts and styles. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Directives browsers ignore in a meta tag; only the HTTP header (_headers) carries them. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

export interface PageHashes {
	scripts: string[];
	styles: string[];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The policy of one page. Pagefind runs its search core as WebAssembly, hence 'wasm-unsafe-eval';
 * nothing else needs eval. Inline scripts are allowed by their hash only.
 */
export function pagePolicy(hashes: PageHashes, extra: readonly string[] = []): string {
	const scripts = ["'self'", "'wasm-unsafe-eval'", ...hashes.scripts].join(' ');
	const styles = ["'self'", ...hashes.styles].join(' ');
	return [...CSP_DIRECTIVES, ...extra, `script-src ${scripts}`, `style-src ${styles}`].join('; ');
}

const HEAD_END = '</head>';
const STYLESHEET = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"\s*\/?>/g;

/**
 * Rewrite one page: its head stylesheets become the one file `bundle(hrefs)` returns, the inline
 * island rule goes, lazily loaded calculator sheets already in the bundle are dropped from
 * `data-island-css`, and the CSP meta tag is (re)written with the hashes of the inline scripts
 * and styles left in the page.
 */
export async function rewritePage(
	html: string,
	bundle: (hrefs: string[]) => Promise<string>,
): Promise<{ html: string; hashes: PageHashes }> {
	const headEnd = html.indexOf(HEAD_END);
	if (headEnd < 0) return { html, hashes: { scripts: [], styles: [] } };
	let head = html.slice(0, headEnd);
	let body = html.slice(headEnd);
	const hrefs = [...head.matchAll(STYLESHEET)].map((m) => m[1]!);
	const bundled = new Set(hrefs);
	if (hrefs.length > 0) {
		const name = await bundle(hrefs);
		let first = true;
		head = head.replace(STYLESHEET, () => {
			if (!first) return '';
			first = false;
			return `<link rel="stylesheet" href="${name}">`;
		});
	}
	body = body.replaceAll(`<style>${ISLAND_RULE}</style>`, '');
	// The no-JavaScript fallback of a calculator whose sheets are already in the bundle.
	body = body.replace(/<noscript>((?:<link rel="stylesheet" href="[^"]+">)+)<\/noscript>/g, (all, links: string) =>
		[...links.matchAll(/href="([^"]+)"/g)].every((m) => bundled.has(m[1]!)) ? '' : all,
	);
	body = body.replace(/ data-island-css="([^"]*)"/g, (_all, list: string) => {
		const rest = list.split(' ').filter((href) => href && !bundled.has(href));
		return rest.length > 0 ? ` data-island-css="${rest.join(' ')}"` : '';
	});
	let page = head + body;
	const scripts = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
	const styles = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
	const hashes = { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
	const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(hashes)}">`;
	page = page.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	page = page.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`);
	return { html: page, hashes };
}
