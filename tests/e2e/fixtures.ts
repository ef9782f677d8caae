import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

/** WCAG 2.2 AA, as the issue demands: all A and AA rules up to 2.2. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend({
	baseURL: async ({}, use) => {
		const url = process.env['SMP_BASE_URL'];
		if (!url) throw new Error('SMP_BASE_URL fehlt – läuft global-setup.ts?');
		await use(url);
	},
});
export { expect };

/** Fail with a readable list when axe finds any violation on the current page. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 5)
				.join('\n  ')}`,
	);
	expect(summary, 'axe-Verstöße').toEqual([]);
}

/**
 * Wait until a page has asked for everything it asks for on its own: eager scripts are all in by
 * the load event, and an IntersectionObserver reports an island's first intersection in the next
 * rendering update, so two frames later an island that loads too early has asked for its script.
 * (Waiting for an idle network took longer and proved nothing more.)
 */
export async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every page path listed in the built sitemap, e.g. "/kapitel/echtzeit/". */
export function sitemapPaths(): string[] {
	const xml = readFileSync(`${process.env['SMP_DIST'] ?? 'dist'}/sitemap-0.xml`, 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** Set the remembered theme before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
	await page.addInitScript((t) => localStorage.setItem('smp:theme', JSON.stringify({ v: 1, data: t })), theme);
}
