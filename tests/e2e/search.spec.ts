import { test, expect as baseExpect, expectNoA11yViolations } from './fixtures';
import { MENTIONED_IN_CHAPTERS, SEARCH_QUERIES } from './search-queries';

// A test's first search loads Pagefind and its index; on a busy machine that takes a while.
const expect = baseExpect.configure({ timeout: 30_000 });

test.describe('search dialog', () => {
	test('works by keyboard only: Strg+K, type, arrows, Enter, highlight on the target', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await expect(dialog).toBeVisible();
		const input = dialog.getByRole('combobox', { name: 'Suchbegriff' });
		await expect(input).toBeFocused();
		await page.keyboard.type('Echtzeit');
		await expect(dialog.getByRole('status')).toHaveText(/\d+ Treffer für „Echtzeit“/);
		const options = dialog.getByRole('listbox', { name: 'Suchergebnisse' }).getByRole('option');
		await expect(options.first()).toHaveAccessibleName(/^Echtzeit Kapitel /);
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.first()).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kapitel\/echtzeit\/\?hl=Echtzeit$/);
		await expect(page.locator('main mark.search-hit').first()).toBeVisible();
	});

	test('results are links: middle click and Strg+Enter open them in a new tab', async ({ page, context }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await dialog.getByRole('combobox').fill('Kulanz');
		const first = dialog.getByRole('option').first();
		await expect(first).toHaveAccessibleName(/^Kulanz Glossar /);
		await expect(first).toHaveAttribute('href', '/glossar/?hl=Kulanz#kulanz');
		// Options are reached with the arrow keys; Tab must not stop on every result.
		await expect(first).toHaveAttribute('tabindex', '-1');

		const [byMouse] = await Promise.all([context.waitForEvent('page'), first.click({ button: 'middle' })]);
		await byMouse.waitForLoadState();
		expect(new URL(byMouse.url()).pathname + new URL(byMouse.url()).hash).toBe('/glossar/#kulanz');
		await expect(dialog).toBeVisible(); // The search stays where it was.
		await byMouse.close();

		await dialog.getByRole('combobox').focus();
		const [byKeyboard] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Control+Enter')]);
		await byKeyboard.waitForLoadState();
		expect(byKeyboard.url()).toContain('/glossar/?hl=Kulanz#kulanz');
		await expect(page).toHaveURL(/\/$/);
	});

	test('a glossary term opens at its anchor with its definition', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await dialog.getByRole('combobox').fill('Shitstorm');
		await expect(dialog.getByRole('option').first()).toHaveAccessibleName(/^Shitstorm Glossar /);
		await dialog.getByRole('option').first().click();
		await expect(page).toHaveURL(/\/glossar\/\?hl=Shitstorm#shitstorm$/);
		await expect(page.locator('h3:target')).toHaveText('Shitstorm');
		await expect(page.locator('h3:target mark.search-hit')).toHaveText('Shitstorm');
		// Only the term's own record: the glossary page as a whole is not above it.
		await page.goto('/');
		await page.keyboard.press('Control+k');
		await dialog.getByRole('combobox').fill('Shitstorm');
		const hrefs = await dialog.locator('a.result').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs).not.toContain('/glossar/?hl=Shitstorm');
	});

	test('Escape closes the dialog, and Tab stays inside it without stopping on every result', async ({ page }) => {
		await page.goto('/glossar/');
		await page
			.getByRole('button', { name: /Suchen/ })
			.first()
			.click();
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('combobox').fill('Persona');
		await expect(dialog.getByRole('option').first()).toBeVisible();
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => ({
				inside: Boolean(document.activeElement?.closest('dialog')),
				role: document.activeElement?.getAttribute('role'),
			}));
			expect(focused).toEqual({ inside: true, role: expect.not.stringMatching(/^option$/) as unknown });
		}
		// One Escape closes, also from the filled search field (which would otherwise only clear itself).
		await dialog.getByRole('combobox').focus();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('filters by type: glossary terms are results of their own', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await dialog.getByRole('combobox').fill('Persona');
		await expect(dialog.getByRole('option').first()).toBeVisible();
		await dialog.getByRole('radio', { name: 'Glossar' }).check();
		// Unfiltered, the term „Persona“ may already be first, so wait until every badge reads „Glossar“.
		await expect(dialog.locator('.result-type').filter({ hasNotText: /^Glossar$/ })).toHaveCount(0);
		await expect(dialog.getByRole('option').first()).toHaveAccessibleName(/^Persona Glossar /);
		const hrefs = await dialog.locator('a.result').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBeGreaterThan(1);
		for (const href of hrefs) expect(href).toMatch(/^\/glossar\/\?hl=Persona#[a-z0-9-]+$/);
	});
});

test('axe finds nothing in the open dialog with results, in light and dark mode', async ({ page }) => {
	for (const theme of ['light', 'dark']) {
		await page.goto('/');
		await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
		await dialog.getByRole('combobox').fill('Reichweite');
		await expect(dialog.locator('.result-sub').first()).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expectNoA11yViolations(page);
	}
});

test.describe('search page', () => {
	test('reads ?q= from the URL and lists copyable links, sections included', async ({ page }) => {
		await page.goto('/suche/?q=Reichweite');
		const main = page.getByRole('main');
		await expect(main.getByLabel('Suchbegriff')).toHaveValue('Reichweite');
		await expect(main.getByRole('status')).toHaveText(/\d+ Treffer für „Reichweite“/);
		const results = page.locator('.search-page-results > li');
		await expect(results.first().getByRole('link').first()).toHaveAttribute('href', /hl=Reichweite/);
		const sections = page.locator('.result-sections a');
		await expect(sections.first()).toHaveAttribute('href', /\?hl=Reichweite#[\w-]+$/);
		await expect(sections.first()).toHaveAccessibleName(/^Abschnitt in „[^“]+“: \S/);
		await expectNoA11yViolations(page);
	});
});

const MARKERS = /[⟦⟧]/;

test('German queries: the exact first result, and no compound helper anywhere in what is shown', async ({ page }) => {
	test.setTimeout(180_000);
	expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
	await page.goto('/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
	const input = dialog.getByRole('combobox');
	const listbox = dialog.getByRole('listbox');
	const misses: string[] = [];
	for (const [query, expected] of SEARCH_QUERIES) {
		await input.fill(query);
		await expect(dialog.getByRole('status')).toHaveText(
			new RegExp(`Treffer für „${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}“`),
		);
		const href = (await listbox.getByRole('option').first().getAttribute('href')) ?? '';
		const first = href.replace(/\?hl=[^#]*/, '');
		if (first !== expected) misses.push(`${query}: erwartet ${expected}, erhalten ${first}`);
		const shown = await listbox.innerText();
		if (MARKERS.test(shown)) misses.push(`${query}: Trennmarken sichtbar: ${shown.slice(0, 200)}`);
	}
	expect(misses).toEqual([]);
});

test('names mentioned across chapters lead to a chapter, not to sources, exercises or the print page', async ({
	page,
}) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Website durchsuchen' });
	for (const query of MENTIONED_IN_CHAPTERS) {
		await dialog.getByRole('combobox').fill(query);
		await expect(dialog.getByRole('status')).toHaveText(new RegExp(`Treffer für „${query}“`));
		await expect(dialog.locator('a.result').first(), query).toHaveAttribute('href', /^\/kapitel\/[\w-]+\/\?hl=/);
	}
});

test('the index itself holds no split markers, and the print page is not in it', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	const problems = await page.evaluate(
		async (queries) => {
			const bundle = '/pagefind/pagefind.js';
			const pagefind = await import(/* @vite-ignore */ bundle);
			type Data = {
				url: string;
				meta: Record<string, string>;
				excerpt: string;
				sub_results: { title: string; excerpt: string }[];
			};
			const out: string[] = [];
			for (const query of queries) {
				const search = await pagefind.search(query);
				const all: Data[] = await Promise.all(search.results.map((r: { data: () => Promise<Data> }) => r.data()));
				for (const d of all) {
					const shown = [d.meta['title'] ?? '', d.excerpt, ...d.sub_results.flatMap((s) => [s.title, s.excerpt])];
					if (shown.some((text) => /[⟦⟧]/.test(text))) out.push(`${query}: ${d.url} zeigt Trennmarken`);
					if (d.url.startsWith('/drucken/')) out.push(`${query}: Druckseite im Index`);
				}
			}
			return out;
		},
		[...new Set(SEARCH_QUERIES.map(([query]) => query)), 'Kapitel', 'Lernziele', 'Übung'],
	);
	expect(problems).toEqual([]);
});
