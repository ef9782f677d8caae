import { test, expect } from './fixtures';

test.describe('search dialog', () => {
	test('works by keyboard only: Strg+K, type, arrows, Enter, highlight on the target', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await expect(dialog).toBeVisible();
		const input = dialog.getByRole('combobox', { name: 'Suchbegriff' });
		await expect(input).toBeFocused();
		await page.keyboard.type('Krisenkommunikation');
		await expect(dialog.getByRole('status')).toHaveText(/\d+ Treffer für „Krisenkommunikation“/);
		const options = dialog.getByRole('option');
		await expect(options.first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kapitel\/krisenkommunikation-otto\/\?hl=Krisenkommunikation/);
		await expect(page.locator('main mark.search-hit').first()).toBeVisible();
	});

	test('Escape closes the dialog and focus stays inside while it is open', async ({ page }) => {
		await page.goto('/glossar/');
		await page.getByRole('button', { name: /Suchen/ }).first().click();
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await expect(dialog).toBeVisible();
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const inside = await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
			expect(inside).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('filters by type', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await dialog.getByRole('combobox').fill('Persona');
		await expect(dialog.getByRole('option').first()).toBeVisible();
		await dialog.getByRole('radio', { name: 'Glossar' }).check();
		await expect(dialog.getByRole('option').first()).toContainText('Glossar');
		for (const badge of await dialog.locator('.result-type').allTextContents()) expect(badge).toBe('Glossar');
	});

	test('the search page reads ?q= from the URL', async ({ page }) => {
		await page.goto('/suche/?q=Reichweite');
		const main = page.getByRole('main');
		await expect(main.getByLabel('Suchbegriff')).toHaveValue('Reichweite');
		await expect(main.getByRole('status')).toHaveText(/\d+ Treffer für „Reichweite“/);
		await expect(page.locator('.search-page-results li a').first()).toHaveAttribute('href', /hl=Reichweite/);
	});
});

/**
 * German queries and the page each must find among its first three results. Parts of compounds
 * (Kommunikation, Verlust, Service …) only work because the build indexes split forms.
 */
const QUERIES: [query: string, expected: string][] = [
	['Krise', '/kapitel/krisenkommunikation-otto/'],
	['Krisenkommunikation', '/kapitel/krisenkommunikation-otto/'],
	['Kommunikation Krise', '/kapitel/krisenkommunikation-otto/'],
	['Reichweite', '/kapitel/organische-reichweite-und-timing/'],
	['organische Reichweite', '/kapitel/organische-reichweite-und-timing/'],
	['Gutschein', '/kapitel/krisenkommunikation-otto/'],
	['Panne', '/kapitel/krisenkommunikation-otto/'],
	['Shitstorm', '/kapitel/krisenkommunikation-otto/'],
	['Persona', '/kapitel/buyer-persona-und-habitus/'],
	['Habitus', '/kapitel/buyer-persona-und-habitus/'],
	['Oldtimer', '/kapitel/buyer-persona-und-habitus/'],
	['Technographics', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	['Zielgruppe', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	['Geschirr', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	['Vertrieb', '/kapitel/zielgruppe-und-nutzungsverhalten/'],
	['Echtzeit', '/kapitel/echtzeit/'],
	['Minijob', '/kapitel/echtzeit/'],
	['Service', '/kapitel/echtzeit/'],
	['Antwortzeit', '/kapitel/echtzeit/'],
	['Wetter', '/kapitel/big-data/'],
	['Datenschutz', '/kapitel/big-data/'],
	['Korrelation', '/kapitel/big-data/'],
	['Missionieren', '/kapitel/ueberzeugen-statt-missionieren/'],
	['Attribution', '/kapitel/ueberzeugen-statt-missionieren/'],
	['Avatar', '/kapitel/generation-virtual-und-crm/'],
	['Gartner', '/kapitel/generation-virtual-und-crm/'],
	['Posting-Zeiten', '/rechner/posting-zeiten/'],
];

test('German queries find the page that matters in the top three', async ({ page }) => {
	await page.goto('/');
	const misses = await page.evaluate(async (queries) => {
		const bundle = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ bundle);
		const out: string[] = [];
		for (const [query, expected] of queries) {
			const search = await pagefind.search(query);
			const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
			const urls = top.map((d) => d.url.split('#')[0]);
			if (!urls.includes(expected)) out.push(`${query}: erwartet ${expected}, erhalten ${urls.join(', ')}`);
		}
		return out;
	}, QUERIES);
	expect(misses).toEqual([]);
});
