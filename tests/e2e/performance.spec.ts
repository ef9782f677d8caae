import { test, expect, settled } from './fixtures';

/**
 * Issue 14 as a reader's browser sees it: an embedded calculator loads its stylesheet and script
 * only when it comes near, the CSP arrives as an HTTP header equal to the page's meta tag and
 * blocks nothing of our own, glossary definitions come from one JSON file, the print edition
 * shows calculators as text. (Sizes and timings are in `npm run bench`, not here.)
 */
const CHAPTER = '/kapitel/organische-reichweite-und-timing/';

test('an embedded calculator loads its CSS and JavaScript only when scrolled near', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto(CHAPTER);
	await settled(page);
	expect(requested.filter((p) => /posting-zeiten|PostingZeiten|intl-warmup/.test(p))).toEqual([]);
	const calculator = page.getByRole('region', { name: 'Posting-Zeiten-Rechner' });
	const warmup = page.waitForEvent('worker', (w) => w.url().endsWith('/intl-warmup.js'));
	await calculator.scrollIntoViewIfNeeded();
	await expect(page.locator('head link[rel="stylesheet"][href*="posting-zeiten"]')).toHaveCount(1);
	// The number formats are built off the main thread before the island hydrates.
	await warmup;
	for (const island of await calculator.locator('astro-island').all()) await expect(island).not.toHaveAttribute('ssr');
	// Styled: the calculator's own grid applies.
	await expect(calculator.locator('.pz-layout')).toHaveCSS('display', /grid|flex/);
});

test('a calculator page warms up the Intl formats in a worker before hydrating, a reading page does not', async ({
	page,
}) => {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
	await page.goto('/rechner/kpi-monitoring/');
	await settled(page);
	expect(workers).toEqual(['/intl-warmup.js']);
	workers.length = 0;
	await page.goto('/kapitel/big-data/');
	await settled(page);
	expect(workers).toEqual([]);
});

test('the CSP header equals the page’s meta tag and nothing of ours is blocked', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	const response = await page.goto(CHAPTER);
	const header = response?.headers()['content-security-policy'] ?? '';
	const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(header).toBe(`${meta?.replace("form-action 'self'", "form-action 'self'; frame-ancestors 'none'")}`);
	await page.locator('#quiz').scrollIntoViewIfNeeded();
	await expect(page.locator('section.quiz .quiz-inhalt[data-bereit]')).toBeVisible();
	expect(violations).toEqual([]);
});

test('glossary definitions are not in the page but appear from /glossar.json', async ({ page, request }) => {
	await page.goto('/kapitel/echtzeit/');
	const tip = page.locator('.begriff [role="tooltip"]').first();
	await expect(tip).toBeEmpty();
	const id = await page.locator('a[data-begriff]').first().getAttribute('data-begriff');
	const glossary = (await (await request.get('/glossar.json')).json()) as Record<string, [string, string]>;
	const [term, definition] = glossary[id ?? ''] ?? ['', ''];
	await page.locator('a[data-begriff]').first().focus();
	await expect(tip).toHaveText(`${term}: ${definition}`);
});

test('the print edition shows calculators as text and loads no island', async ({ page }) => {
	await page.goto('/drucken/');
	await expect(page.locator('astro-island')).toHaveCount(0);
	const box = page.locator('.rechner-im-buch', { hasText: 'Posting-Zeiten-Rechner' });
	await expect(box).toHaveCount(1);
	await expect(box.getByRole('link')).toHaveAttribute('href', '/rechner/posting-zeiten/');
});
