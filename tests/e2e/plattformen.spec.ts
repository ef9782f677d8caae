import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, useTheme } from './fixtures';

/** The Plattform-Finder as a visitor uses it, against the built site. */

const PATH = '/rechner/plattformen/';

async function open(page: Page, path = PATH): Promise<void> {
	await page.goto(path);
	const island = page.locator('astro-island[component-export="PlattformFinder"]');
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
}

const card = (page: Page, heading: string | RegExp) => page.getByRole('article', { name: heading });
/** The rankings of one measure, e.g. „mindestens wöchentlich genutzt“. */
const measure = (page: Page, name: string) => page.getByRole('region', { name: `Maß: ${name}` });

test.describe('Plattform-Finder', () => {
	test('ranks platforms per study and keeps the measures apart', async ({ page }) => {
		await open(page);
		await expect(page.getByRole('heading', { name: 'Ergebnis: Deutschland, alle Altersgruppen' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Maß: mindestens wöchentlich genutzt' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Maß: in den letzten zwölf Monaten genutzt' })).toBeVisible();
		const bitkom = card(page, 'Bitkom 2023: alle Altersgruppen');
		await expect(bitkom.getByRole('row').nth(1)).toHaveText(/^1\.\s*Facebook\s*68\s%$/);
		await expect(bitkom).toContainText('Internetnutzerinnen und -nutzer ab 16 Jahren');
		await expect(bitkom.getByRole('link', { name: 'Bitkom e. V. 2023' })).toHaveAttribute(
			'href',
			'/quellen/#bitkom-2023',
		);
		const weekly = measure(page, 'mindestens wöchentlich genutzt');
		const ard = weekly.getByRole('article', { name: 'ARD/ZDF-Medienstudie 2025: alle Altersgruppen' });
		await expect(ard).toContainText(/Social Media insgesamt: 63\s%/);
		await expect(ard).toContainText(/Instagram\s*40\s%/);
		await expect(
			measure(page, 'täglich genutzt').getByRole('article', { name: 'ARD/ZDF-Medienstudie 2025: alle Altersgruppen' }),
		).toContainText(/Social Media insgesamt: 35\s%/);
		await expect(page.getByRole('combobox', { name: 'Geschlecht' })).toHaveAttribute(
			'aria-describedby',
			'pf-gender-hint',
		);
		await expect(page.getByText('Für Deutschland sind keine Werte nach Geschlecht auffindbar.')).toBeVisible();
	});

	test('matches age bands and says where studies are broader or silent', async ({ page }) => {
		await open(page);
		await page.getByRole('combobox', { name: 'Altersgruppe' }).selectOption({ label: '20 bis 29 Jahre' });
		await expect(page).toHaveURL(/\/rechner\/plattformen\/#plattformen=1\.[zj]\.[\w-]+$/);
		const atlas = card(page, 'Social-Media-Atlas 2024: 20 bis 29 Jahre');
		await expect(atlas).toContainText(/Instagram\s*64\s%/);
		await expect(atlas).not.toContainText('breitere Gruppe');
		const ard = measure(page, 'mindestens wöchentlich genutzt').getByRole('article', {
			name: 'ARD/ZDF-Onlinestudie 2023: 14 bis 29 Jahre',
		});
		await expect(ard).toContainText('Die Studie weist nur die breitere Gruppe „14 bis 29 Jahre“ aus.');
		await expect(ard).toContainText(/1\.\s*Instagram\s*79\s%/);
		await expect(
			page.getByText(
				/Bitkom 2023, in den letzten zwölf Monaten genutzt: Für diese Auswahl sind keine Werte auffindbar/,
			),
		).toBeVisible();

		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Altersgruppe' })).toHaveValue('20-29');
	});

	test('filters by gender where a study publishes it', async ({ page }) => {
		await open(page, `${PATH}#land=US&alter=alle&geschlecht=frauen`);
		await expect(page.getByRole('combobox', { name: 'Land' })).toHaveValue('US');
		await expect(page.getByRole('combobox', { name: 'Geschlecht' })).toHaveValue('frauen');
		await expect(card(page, 'Pew Research Center 2023: Frauen, alle Altersgruppen')).toContainText(/TikTok\s*40\s%/);
		await expect(card(page, 'Pew Research Center 2021: Frauen, alle Altersgruppen')).toContainText(/Pinterest\s*46\s%/);
		await expect(
			page.getByText(/Pew Research Center 2025, überhaupt genutzt .*: Für diese Auswahl sind keine Werte auffindbar/),
		).toBeVisible();
		// The old link format is rewritten to the shared one.
		await expect(page).toHaveURL(/#plattformen=1\.[zj]\./);
		await page.getByRole('combobox', { name: 'Land' }).selectOption({ label: 'Deutschland' });
		await expect(page.getByRole('combobox', { name: 'Geschlecht' })).toHaveValue('alle');
	});

	test('embedded in a chapter, the finder leaves the chapter’s #anchor alone', async ({ page }) => {
		const chapter = '/kapitel/zielgruppe-und-nutzungsverhalten/';
		await page.goto(chapter);
		const anchor = await page.locator('main h2[id]').first().getAttribute('id');
		await open(page, `${chapter}#${anchor}`);
		await page.getByRole('combobox', { name: 'Altersgruppe' }).selectOption({ label: '20 bis 29 Jahre' });
		await expect(page.getByRole('heading', { name: /Ergebnis: Deutschland, 20 bis 29 Jahre/ })).toBeVisible();
		expect(new URL(page.url()).hash).toBe(`#${anchor}`);
	});

	test('has no axe violations in light and dark theme', async ({ page }) => {
		await open(page, `${PATH}#land=DE&alter=30-39&geschlecht=alle`);
		await expectNoA11yViolations(page);
		await useTheme(page, 'dark');
		await open(page, `${PATH}#land=US&alter=alle&geschlecht=alle`);
		await expectNoA11yViolations(page);
	});
});
