import { test, expect, expectNoA11yViolations, sitemapPaths, useTheme } from './fixtures';
import { badHeadingBreaks, cutCaptions, pageOverflow, revealAll, wrappedLabels } from './phone';

/**
 * Every page in the sitemap, loaded like a reader would: no request to another host, no cookie,
 * no console error or warning; on 320 and 390 px phones no sideways scrolling (also with every
 * <details> open), no cut-off table captions, no heading broken before punctuation, no label
 * wrapped digit by digit; and no axe violation in the light and the dark theme.
 */
const paths = [...sitemapPaths(), '/404.html'];
const isDeck = (path: string) => /^\/folien\/[^/]+\/$/.test(path);

test('the sitemap lists all page types', () => {
	for (const expected of [
		'/',
		'/kapitel/echtzeit/',
		'/glossar/',
		'/quellen/',
		'/rechner/',
		'/suche/',
		'/datenschutz/',
		'/ueber/',
	]) {
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
			if (message.type() === 'error' || message.type() === 'warning')
				messages.push(`${message.type()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
		await page.goto(path);
		// Every page says when its content was last checked (footer; on a slide deck its title slide).
		await expect(page.locator('body')).toContainText(/Inhalt zuletzt geprüft am \d{1,2}\. [A-ZÄÖÜ][a-zä]+ 20\d\d/);
		// Scroll through, so that islands hydrating on visibility load too; every island has then
		// hydrated (lost its `ssr` attribute), which is what this test waits for – no idle timer.
		await revealAll(page);
		await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
		expect(foreign, 'Anfragen an fremde Hosts').toEqual([]);
		expect(messages, 'Konsolenmeldungen').toEqual([]);
		expect(await context.cookies(), 'Cookies').toEqual([]);
	});

	for (const width of [320, 390]) {
		test(`fits a ${width} px phone: ${path}`, async ({ page }) => {
			await page.setViewportSize({ width, height: 700 });
			await page.goto(path);
			await revealAll(page);
			await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
			expect(await pageOverflow(page), 'Seite ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
			expect(await cutCaptions(page), 'abgeschnittene Tabellenüberschriften').toEqual([]);
			expect(await badHeadingBreaks(page), 'Überschrift bricht vor einem Satzzeichen um').toEqual([]);
			expect(await wrappedLabels(page, '.pz-hm-hour'), 'Stundenbeschriftung der Heatmap umbrochen').toEqual([]);
		});
	}

	// Decks show one slide at a time; folien.spec.ts runs axe over all their slides instead.
	for (const theme of isDeck(path) ? [] : (['light', 'dark'] as const)) {
		test(`axe (${theme}): ${path}`, async ({ page }) => {
			// The print book holds every chapter; axe needs about 40 s for it on two cores.
			if (path === '/drucken/') test.slow();
			await useTheme(page, theme);
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expectNoA11yViolations(page);
		});
	}
}

test('after a reload while scrolled down, the persona builder hydrates instead of staying a placeholder', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 700 });
	for (const path of ['/rechner/persona/', '/kapitel/buyer-persona-und-habitus/']) {
		await page.goto(path);
		await page.locator('.persona-builder').scrollIntoViewIfNeeded();
		await expect(page.getByRole('heading', { name: 'Ihre Personas' })).toBeVisible();
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		await page.reload();
		// Before hydration the builder is shown empty and inert (PersonaBuilder.tsx, EmptyBuilder).
		await expect(page.locator('.persona-builder .pb[inert]')).toHaveCount(0);
		await expect(page.locator('.persona-builder .pb')).toHaveCount(1);
	}
});
