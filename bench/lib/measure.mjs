// Page measurements shared by `npm run bench` (bench/run.mjs) for our site and the comparison
// sites (bench/lib/sites.mjs). Sizes are computed from the built files with the budgets' own
// compression (scripts/budgets.mjs: brotli, as a static host that precompresses sends them).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compressedSize } from '../../scripts/budgets.mjs';

const sizeCache = new Map();

/** The file a URL path maps to below `dist` (directory URLs → index.html). */
export function fileFor(dist, pathname) {
	const path = join(dist, decodeURIComponent(pathname));
	try {
		return statSync(path).isDirectory() ? join(path, 'index.html') : path;
	} catch {
		return undefined;
	}
}

/** Brotli size of the built file behind a URL path (cached per file). */
export function builtSize(dist, pathname) {
	const file = fileFor(dist, pathname);
	if (!file) return 0;
	if (!sizeCache.has(file)) {
		try {
			sizeCache.set(file, compressedSize(readFileSync(file)));
		} catch {
			sizeCache.set(file, 0);
		}
	}
	return sizeCache.get(file);
}

/**
 * Mark every start tag in the body with its offset in the original HTML (`data-bench-o`), so that
 * the browser can tell which part of the document the first screen needs.
 */
export function annotateOffsets(html) {
	const bodyStart = html.indexOf('<body');
	let out = '';
	let last = 0;
	const pattern = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>|<([a-zA-Z][\w-]*)/g;
	for (const m of html.matchAll(pattern)) {
		if (!m[2] || m.index <= bodyStart) continue;
		const at = m.index + m[0].length;
		out += `${html.slice(last, at)} data-bench-o="${m.index}"`;
		last = at;
	}
	return out + html.slice(last);
}

/**
 * Load `url` like a first-time visitor and report what it costs before any interaction: the
 * requests (favicon excluded: browsers fetch it on their own), the brotli bytes of HTML, CSS and
 * JavaScript, and the „first view“: the HTML up to the first element after the last one visible
 * in the first screen, plus all CSS and JavaScript loaded before interaction.
 */
export async function measurePage(browser, { base, dist, path, viewport = { width: 412, height: 823 } }) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const html = readFileSync(fileFor(dist, path) ?? '', 'utf8');
	await page.route(base + path, (route) =>
		route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: annotateOffsets(html) }),
	);
	const requests = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/favicon/.test(url.pathname)) return;
		requests.push({ url: url.href, pathname: url.pathname, type: request.resourceType() });
	});
	await page.goto(base + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	const cut = await page.evaluate(() => {
		const starts = [];
		let lastVisible = 0;
		for (const el of document.body.querySelectorAll('[data-bench-o]')) {
			const start = Number(el.getAttribute('data-bench-o'));
			starts.push(start);
			if (el.getClientRects().length === 0) continue;
			const rect = el.getBoundingClientRect();
			if (rect.top < window.innerHeight && rect.bottom > 0 && rect.width > 0)
				lastVisible = Math.max(lastVisible, start);
		}
		return starts.filter((s) => s > lastVisible).reduce((a, b) => Math.min(a, b), Infinity);
	});
	const before = [...requests];
	await context.close();
	const local = before.filter((r) => r.url.startsWith(base));
	const sum = (type) => local.filter((r) => r.type === type).reduce((s, r) => s + builtSize(dist, r.pathname), 0);
	const css = sum('stylesheet');
	const js = sum('script');
	const htmlBytes = compressedSize(html);
	const firstViewHtml = compressedSize(html.slice(0, Number.isFinite(cut) ? cut : html.length));
	return {
		requests: before.length,
		thirdParty: before.length - local.length,
		html: htmlBytes,
		css,
		js,
		total: htmlBytes + css + js + sum('fetch') + sum('xhr') + sum('font') + sum('image'),
		firstView: firstViewHtml + css + js,
		urls: before.map((r) => r.pathname),
	};
}

/** Scroll through a page like a reader and report the scripts loaded on the way. */
export async function scriptsOnScroll(browser, url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	const scripts = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
	const height = await page.evaluate(() => document.body.scrollHeight);
	for (let y = 0; y < height; y += 700) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForTimeout(40);
	}
	await page.waitForTimeout(500);
	await context.close();
	return scripts;
}

/**
 * Layout shifts (CLS, as Chrome reports them without recent input) and the longest main-thread
 * task while a page loads, optionally with the CPU slowed down like Lighthouse's mobile preset.
 */
export async function loadStability(browser, url, { viewport, cpuSlowdown = 1, settleMs = 2500, javaScript = true }) {
	const context = await browser.newContext({ viewport });
	if (!javaScript) {
		// The page without its scripts (script tags stripped, script files refused) – but with the
		// observers below, which a context with JavaScript switched off would not run either.
		await context.route('**/*', async (route) => {
			const request = route.request();
			if (request.resourceType() === 'script') return route.abort();
			if (request.resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const body = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
			return route.fulfill({ response, body });
		});
	}
	const page = await context.newPage();
	await page.addInitScript(() => {
		window.__bench = { cls: 0, longest: 0, shifted: [] };
		// What moved, for the report: a shift that shows up in one run of three is otherwise
		// impossible to find afterwards.
		const describe = (node) => {
			const el = node?.nodeType === 1 ? node : node?.parentElement;
			if (!el) return 'unbekannt';
			const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
			return node.nodeType === 1 ? name : `Text in ${name}`;
		};
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				if (e.hadRecentInput) continue;
				window.__bench.cls += e.value;
				for (const s of e.sources ?? [])
					window.__bench.shifted.push(
						`${describe(s.node)} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} px nach ${Math.round(e.startTime)} ms`,
					);
			}
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	const cdp = await context.newCDPSession(page);
	if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(settleMs);
	const result = await page.evaluate(() => window.__bench);
	await context.close();
	return result;
}
