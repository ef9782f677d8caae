import { test, expect, expectNoA11yViolations, useTheme } from './fixtures';

test.describe('reading a chapter', () => {
	test('a reader finds a chapter from the start page and pages through the book', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveTitle(/Social Media Praxis/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.getByRole('link', { name: 'Mit Kapitel 1 beginnen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zielgruppe und Nutzungsverhalten');
		const crumbs = page.getByRole('navigation', { name: 'Brotkrumen' });
		await expect(crumbs.getByRole('link', { name: 'Kapitel' })).toHaveAttribute('href', '/kapitel/');
		await expect(page.getByRole('heading', { name: 'Lernziele' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Auf einen Blick' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Quellen', exact: true })).toBeVisible();
		await page.getByRole('link', { name: /Nächstes Kapitel/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buyer Persona und Habitus');
		await expect(page.getByRole('link', { name: /Vorheriges Kapitel/ })).toHaveAttribute(
			'href',
			'/kapitel/zielgruppe-und-nutzungsverhalten/',
		);
	});

	test('the sidebar marks the current chapter and the table of contents follows the scroll', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto('/kapitel/echtzeit/');
		const sidebar = page.getByRole('navigation', { name: 'Kapitelübersicht' });
		await expect(sidebar.getByRole('link', { name: /Echtzeit/ })).toHaveAttribute('aria-current', 'page');
		const toc = page.getByRole('navigation', { name: 'Auf dieser Seite' });
		await expect(toc.getByRole('link', { name: 'Lernziele' })).toHaveAttribute('aria-current', 'true');
		await page.evaluate(() => document.getElementById('auf-einen-blick')?.scrollIntoView({ block: 'start' }));
		await expect(toc.getByRole('link', { name: 'Auf einen Blick' })).toHaveAttribute('aria-current', 'true');
		await expect(toc.getByRole('link', { name: 'Lernziele' })).toHaveAttribute('aria-current', 'false');
	});

	test('the skip link jumps to the content', async ({ page }) => {
		await page.goto('/kapitel/big-data/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('a glossary term shows its definition on keyboard focus', async ({ page }) => {
		await page.goto('/kapitel/echtzeit/');
		const term = page.locator('.begriff a').first();
		const tip = page.locator('.begriff [role="tooltip"]').first();
		await expect(tip).toBeHidden();
		await term.focus();
		await expect(tip).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(tip).toBeHidden();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the chapter list is collapsed behind a button and opens on demand', async ({ page }) => {
		await page.goto('/kapitel/echtzeit/');
		const toggle = page.getByRole('button', { name: 'Kapitelübersicht' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		const list = page.locator('#sidebar-list');
		await expect(list).toBeHidden();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(list.getByRole('link', { name: /Big Data/ })).toBeVisible();
		// Nothing may overflow the 320 px viewport sideways.
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('the menu button reveals the main navigation', async ({ page }) => {
		await page.goto('/');
		const menu = page.getByRole('button', { name: 'Menü' });
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
		await menu.click();
		await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Glossar' }).click();
		await expect(page).toHaveURL(/\/glossar\/$/);
	});
});

test.describe('theme', () => {
	test('the chosen theme is remembered across pages', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.getByLabel('Farbschema').selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goto('/glossar/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByLabel('Farbschema')).toHaveValue('dark');
		await page.getByLabel('Farbschema').selectOption('light');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});

	test('„System“ follows the operating system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});

	test('a corrupt stored theme falls back to the system setting', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('smp:theme', '{kaputt'));
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});

	test('dark theme is applied before scripts run', async ({ page }) => {
		await useTheme(page, 'dark');
		await page.goto('/kapitel/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test.describe('other pages', () => {
	test('an unknown address shows the German 404 page with a search form', async ({ page }) => {
		const response = await page.goto('/gibt-es-nicht/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
		await page.getByLabel('Wonach suchen Sie?').fill('Persona');
		await page.getByRole('button', { name: 'Suchen' }).last().click();
		await expect(page).toHaveURL(/\/suche\/\?q=Persona/);
		await expect(page.getByRole('status')).toContainText('Treffer für „Persona“');
	});

	test('the glossary lists terms A to Z with anchors', async ({ page }) => {
		await page.goto('/glossar/');
		const letters = page.getByRole('navigation', { name: 'Buchstaben' });
		await letters.getByRole('link', { name: 'S', exact: true }).click();
		await expect(page).toHaveURL(/#buchstabe-S$/);
		expect(await page.locator('main h3').count()).toBeGreaterThanOrEqual(40);
	});

	test('the bibliography has an anchor for every cited source', async ({ page }) => {
		await page.goto('/kapitel/echtzeit/');
		const href = await page.locator('.quelle a').first().getAttribute('href');
		expect(href).toMatch(/^\/quellen\/#/);
		await page.goto(href ?? '/quellen/');
		await expect(page.locator(`[id="${href?.split('#')[1]}"]`)).toBeVisible();
	});

	test('print shows the content only, with link targets', async ({ page }) => {
		await page.goto('/kapitel/echtzeit/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.site-footer')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const after = await page
			.locator('main .quelle a')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toContain('/quellen/');
	});

	test('metadata: description, canonical URL and OpenGraph on every page type', async ({ page }) => {
		for (const path of ['/', '/kapitel/echtzeit/', '/glossar/', '/rechner/']) {
			await page.goto(path);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path}$`));
			await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
		}
		const robots = await page.request.get('/robots.txt');
		expect(await robots.text()).toContain('Sitemap:');
	});
});

test.describe('stored data', () => {
	test('„Alle meine Daten löschen“ removes everything the site stored', async ({ page }) => {
		await page.goto('/datenschutz/');
		await page.evaluate(() => {
			localStorage.setItem('smp:theme', JSON.stringify({ v: 1, data: 'dark' }));
			localStorage.setItem('fremd', 'bleibt');
		});
		const remove = page.getByRole('button', { name: 'Alle meine Daten löschen' });
		// The question appears inline with the focus on „Abbrechen“; cancelling keeps everything.
		await remove.click();
		const question = page.getByRole('group', { name: /^Wirklich alle gespeicherten Daten/ });
		await expect(question.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
		await expectNoA11yViolations(page);
		await page.keyboard.press('Enter');
		await expect(remove).toBeFocused();
		expect(await page.evaluate(() => localStorage.getItem('smp:theme'))).not.toBeNull();
		await remove.click();
		await question.getByRole('button', { name: 'Ja, alle Daten löschen' }).click();
		await expect(page.getByRole('status')).toContainText('gelöscht');
		expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('smp:')))).toEqual([]);
		expect(await page.evaluate(() => localStorage.getItem('fremd'))).toBe('bleibt');
	});

	test('an export can be imported again; a foreign file changes nothing', async ({ page }) => {
		await page.goto('/datenschutz/');
		await page.evaluate(() => localStorage.setItem('smp:theme', JSON.stringify({ v: 1, data: 'dark' })));
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Alle meine Daten exportieren (JSON)' }).click();
		const file = await (await download).path();
		await page.evaluate(() => localStorage.clear());
		await page.getByLabel('Daten aus einer Exportdatei importieren').setInputFiles({
			name: 'fremd.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"etwas anderes"}'),
		});
		await expect(page.getByRole('status')).toContainText('nichts wurde geändert');
		expect(await page.evaluate(() => localStorage.length)).toBe(0);
		await page.getByLabel('Daten aus einer Exportdatei importieren').setInputFiles(file);
		await expect(page.getByRole('status')).toContainText('importiert');
		expect(await page.evaluate(() => localStorage.getItem('smp:theme'))).toBe('{"v":1,"data":"dark"}');
	});
});
