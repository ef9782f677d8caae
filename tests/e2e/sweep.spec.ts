import { test, expect, expectNoA11yViolations, sitemapPaths, useTheme } from './fixtures';

/**
 * Every page in the sitemap, loaded like a reader would: no request to another host, no cookie,
 * no console error or warning, no sideways scrolling on a 320 px phone, and no axe violation in
 * the light and the dark theme.
 */
const paths = [...sitemapPaths(), '/404.html'];
const isDeck = (path: string) => /^\/folien\/[^/]+\/$/.test(path);

test('the sitemap lists all page types', () => {
	for (const expected of ['/', '/kapitel/echtzeit/', '/glossar/', '/quellen/', '/rechner/', '/suche/', '/datenschutz/', '/ueber/']) {
		expect(paths).toContain(expected);
	}
});

for (const path of paths) {
	test(`privacy and console: ${path}`, async ({ page, context, baseURL }) => {
		const origin = new URL(baseURL ?? '').origin;
		const foreign: string[] = [];
		const messages: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
		});
		page.on('console', (message) => {
			// Playwright's own notice that it blocks the service worker (playwright.config.ts), not the site's.
			if (message.text() === 'Service Worker registration blocked by Playwright') return;
			if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
		await page.goto(path, { waitUntil: 'networkidle' });
		// Scroll to the end so that islands hydrating on visibility load too.
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.waitForLoadState('networkidle');
		expect(foreign, 'Anfragen an fremde Hosts').toEqual([]);
		expect(messages, 'Konsolenmeldungen').toEqual([]);
		expect(await context.cookies(), 'Cookies').toEqual([]);
	});

	test(`fits a 320 px screen: ${path}`, async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(path);
		// Scroll through, so that islands render at their real size before measuring.
		const height = await page.evaluate(() => document.body.scrollHeight);
		for (let y = 0; y < height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'Seite ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
	});

	// Decks show one slide at a time; folien.spec.ts runs axe over all their slides instead.
	for (const theme of isDeck(path) ? [] : (['light', 'dark'] as const)) {
		test(`axe (${theme}): ${path}`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expectNoA11yViolations(page);
		});
	}
}
