import { test, expect, expectNoA11yViolations, sitemapPaths, useTheme } from './fixtures';

/**
 * Every page in the sitemap, loaded like a reader would: no request to another host, no cookie,
 * no console error or warning, no sideways scrolling on a 320 px phone, and no axe violation in
 * the light and the dark theme.
 */
const paths = [...sitemapPaths(), '/404.html'];

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
		// Scroll through, so that islands render at their real size before measuring. Pages without
		// islands (the print edition: the whole book) need no scrolling.
		const height = (await page.locator('astro-island').count()) > 0 ? await page.evaluate(() => document.body.scrollHeight) : 0;
		for (let y = 0; y < height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'Seite ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`axe (${theme}): ${path}`, async ({ page }) => {
			// The whole book has about 9,000 elements; axe needs more than a minute on a busy machine.
			test.slow(path === '/drucken/');
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expectNoA11yViolations(page);
		});
	}
}
