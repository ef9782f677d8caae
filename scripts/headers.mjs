// Reads dist/_headers (written by src/integrations/page-assets.ts in the format of Netlify and
// Cloudflare Pages) so that scripts/serve.mjs sends the same headers as such a host: the
// Content-Security-Policy of each page as an HTTP header, plus the site-wide ones under `/*`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parse `_headers` text into a map from URL path (or `/*`) to its headers. */
export function parseHeaders(text) {
	const rules = new Map();
	let current;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
			continue;
		}
		const colon = line.indexOf(':');
		if (current && colon > 0) current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** A lookup `(pathname) => headers` for the site in `root`; no file, no extra headers. */
export function headersFor(root) {
	let rules = new Map();
	try {
		rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));
	} catch {
		// A dist/ built before the file existed: serve without.
	}
	return (pathname) => ({ ...rules.get('/*'), ...rules.get(pathname) });
}
