import { test, expect, expectNoA11yViolations, sitemapPaths, useTheme } from './fixtures';

/**
 * Every page in the sitemap, loaded like a reader would: no request to another host, no cookie,
 * no console error or warning, and no axe violation in the light and the dark theme.
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

	for (const theme of ['light', 'dark'] as const) {
		test(`axe (${theme}): ${path}`, async ({ page }) => {
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expectNoA11yViolations(page);
		});
	}
}
