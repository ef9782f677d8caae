import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets, staticRequests } from './budgets.mjs';

const dirs = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A tiny built site with one chapter page whose head is `head` and body `body`. */
function site(head, body, files = {}) {
	const dist = mkdtempSync(join(tmpdir(), 'budgets-'));
	dirs.push(dist);
	mkdirSync(join(dist, 'kapitel/x'), { recursive: true });
	mkdirSync(join(dist, '_astro'));
	writeFileSync(join(dist, 'index.html'), '<!DOCTYPE html>');
	writeFileSync(join(dist, '_headers'), "/kapitel/x/\n  Content-Security-Policy: default-src 'self'\n");
	for (const [name, text] of Object.entries({ 'a.css': 'p{color:red}', 's.js': 'console.log(1)', ...files })) writeFileSync(join(dist, '_astro', name), text);
	writeFileSync(
		join(dist, 'kapitel/x/index.html'),
		`<html><head><meta http-equiv="content-security-policy" content="script-src 'self'">${head}</head><body><div class="prose">${body}</div><script type="module" src="/_astro/s.js"></script></body></html>`,
	);
	return dist;
}
const failed = (dist) => checkBudgets(dist).filter((r) => !r.ok).map((r) => r.name);

describe('checkBudgets', () => {
	it('passes a lean chapter page', () => {
		expect(failed(site('<link rel="stylesheet" href="/_astro/a.css">', '<p>Text</p>'))).toEqual([]);
	});

	it('fails a fourth request, an inline style, a filled tooltip and a stale CSP', () => {
		const dist = site(
			'<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/b.css"><style>p{}</style>',
			'<span class="begriff-tip" role="tooltip">Def</span><script>1</script>',
			{ 'b.css': 'q{}' },
		);
		expect(failed(dist)).toEqual([
			'/kapitel/x/: Anfragen vor Interaktion',
			'/kapitel/x/: Inline-Styles',
			'/kapitel/x/: Glossar-Definitionen im HTML',
			'/kapitel/x/: CSP-Hashes = eigene Inline-Skripte',
		]);
	});

	it('fails calculator CSS in a chapter head', () => {
		const dist = site('<link rel="stylesheet" href="/_astro/a.css">', '<div data-island-css="/_astro/c.css"></div>', {
			'a.css': 'p{color:red}\n.calc{color:blue}',
			'c.css': '.calc{color:blue}',
		});
		expect(failed(dist)).toEqual(['/kapitel/x/: Rechner-CSS im Kopf']);
	});
});

describe('staticRequests', () => {
	it('ignores stylesheets inside noscript', () => {
		expect(staticRequests('<noscript><link rel="stylesheet" href="/x.css"></noscript><script src="/s.js"></script>')).toEqual({ sheets: [], scripts: ['/s.js'] });
	});
});
