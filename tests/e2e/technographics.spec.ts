import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test } from './fixtures';

/** The Social-Technographics calculator as a visitor uses it, against the built site. */

const PATH = '/rechner/technographics/';
const TEMPLATE = 'public/downloads/technographics-vorlage.csv';

/** Scroll an island into view and wait until Astro has hydrated it (client:visible). */
async function hydrated(page: Page, component: string): Promise<void> {
	const island = page.locator(`astro-island[component-export="${component}"]`);
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/** The share cell of one rung in the own-group result table. */
function groupRow(page: Page, rung: string) {
	return page.getByRole('table', { name: /Eigene Zielgruppe/ }).getByRole('row', { name: new RegExp(`^${rung}`) });
}

test.describe('Social-Technographics-Profil', () => {
	test('shows published ladders with data year and source and indexes them', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'LadderCompare');
		const table = page.getByRole('table', { name: /Anteil der Personen je Stufe/ });
		await expect(table.getByRole('columnheader', { name: 'USA 2009 (4. Quartal)' })).toBeVisible();
		await expect(table.getByRole('columnheader', { name: 'Deutschland 2008' })).toBeVisible();
		const rows = table.getByRole('row');
		await expect(rows.nth(1)).toContainText('Kreatoren');
		await expect(rows.nth(7)).toContainText('Inaktive');
		await expect(table.getByRole('row', { name: /^Inaktive/ })).toContainText(/53\s%/);
		// Germany 2008 predates the Conversationalists rung: not surveyed, not „not found“.
		await expect(table.getByRole('row', { name: /^Konversationalisten/ })).toContainText('nicht erhoben');
		// Germany 2008: 11 % Creators against 24 % in the USA → index 46.
		await expect(table.getByRole('row', { name: /^Kreatoren/ }).getByText('Index 46', { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Bernoff 2010' }).first()).toHaveAttribute(
			'href',
			'/quellen/#bernoff-2010',
		);
		await expect(page.getByText(/Die Stufen überschneiden sich/).first()).toBeVisible();
		// Text is rendered once after hydration (no doubled text nodes).
		await expect(page.locator('.tg-meta-item').first()).toHaveText(
			/^USA 2009 \(4\. Quartal\): Datenjahr 4\. Quartal 2009, veröffentlicht 2010\. Befragt: Erwachsene Internetnutzende, USA\. Quelle: Bernoff 2010\. Die erste Leiter/,
		);

		await page.getByLabel('Datensatz 3').selectOption({ label: 'USA 2006' });
		await expect(table.getByRole('columnheader', { name: 'USA 2006' })).toBeVisible();
		await expect(page.getByText(/Die Wiedergaben widersprechen sich/)).toBeVisible();
		await page.getByLabel('Datensatz 1').selectOption({ label: '– keiner –' });
		await expect(table.getByRole('columnheader')).toHaveCount(3);
	});

	test('the survey CSV template imported gives the expected shares', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'GroupProfile');
		await page.getByLabel('CSV-Datei auswählen').setInputFiles(TEMPLATE);
		await expect(page.getByText(/10 Antworten ausgewertet, 0 Zeilen nicht gezählt/)).toBeVisible();
		await expect(page.getByLabel('Befragte insgesamt (n)')).toHaveValue('10');
		const expected: [string, string, RegExp][] = [
			['Kreatoren', '2', /20\s%/],
			['Konversationalisten', '4', /40\s%/],
			['Kritiker', '3', /30\s%/],
			['Sammler', '1', /10\s%/],
			['Mitmacher', '7', /70\s%/],
			['Zuschauer', '8', /80\s%/],
			['Inaktive', '2', /20\s%/],
		];
		for (const [rung, count, share] of expected) {
			const row = groupRow(page, rung);
			await expect(row.getByRole('cell').first()).toHaveText(count);
			await expect(row).toContainText(share);
		}
		// Wilson interval for 2 of 10.
		await expect(groupRow(page, 'Kreatoren')).toContainText(/5,7\s% bis 51\s%/);
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('smp:technographics-ergebnis') ?? 'null'));
		expect(stored).toMatchObject({ v: 1, data: { source: 'umfrage', n: 10, rungs: { spectators: { count: 8 } } } });
	});

	test('reports bad CSV lines and accepts a dropped file', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'GroupProfile');
		const csv = 'Nr;Blogs lesen;Lieblingsfarbe\n1;ja;blau\n2;vielleicht;rot\n';
		await page.locator('fieldset', { hasText: 'Umfrage importieren' }).evaluate((target, text) => {
			const data = new DataTransfer();
			data.items.add(new File([text], 'kurs.csv', { type: 'text/csv' }));
			target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		}, csv);
		const status = page.getByRole('status').filter({ hasText: 'kurs.csv' });
		await expect(status).toContainText('1 Antworten ausgewertet, 1 Zeilen nicht gezählt');
		await expect(status).toContainText('Zeile 1: Die Spalte „Lieblingsfarbe“');
		await expect(status).toContainText('Zeile 3, Spalte „Blogs lesen“: „vielleicht“');
		await expect(groupRow(page, 'Zuschauer')).toContainText(/100\s%/);
	});

	test('typed counts: bad input gets a message next to the field and stays', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'GroupProfile');
		const n = page.getByLabel('Befragte insgesamt (n)');
		await n.fill('zwanzig');
		await page.getByLabel('Kreatoren (Creators), Anzahl Personen').fill('5');
		await expect(n).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('„zwanzig“ ist keine Zahl. Beispiel: 12,5')).toBeVisible();
		await expect(n).toHaveValue('zwanzig');
		await n.fill('4');
		const creators = page.getByLabel('Kreatoren (Creators), Anzahl Personen');
		await expect(creators).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Es gibt nur 4 Befragte; die Anzahl darf nicht größer sein.')).toBeVisible();
		await n.fill('25');
		await expect(creators).not.toHaveAttribute('aria-invalid', 'true');
		await expect(groupRow(page, 'Kreatoren')).toContainText(/8,9\s% bis 39,1\s%/);
		await expect(groupRow(page, 'Konversationalisten')).toContainText('nicht erfragt');
	});

	test('self-test shows the rungs with their meaning', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'SelfTest');
		const result = page.locator('.tg-result', { has: page.getByRole('heading', { name: 'Ihr Ergebnis' }) });
		await expect(result).toContainText('zählen Sie zu den Inaktiven');
		await page.getByLabel('Den eigenen Status in einem sozialen Netzwerk aktualisieren').selectOption('monatlich');
		await expect(result).toContainText('zählen Sie zu den Inaktiven');
		await page.getByLabel('Den eigenen Status in einem sozialen Netzwerk aktualisieren').selectOption('woechentlich');
		await page.getByLabel('Blogs lesen').selectOption({ label: 'monatlich' });
		await expect(result).toContainText('Sie stehen auf 2 Stufen der Leiter');
		await expect(result.getByRole('listitem')).toHaveText([/^Konversationalisten/, /^Zuschauer/]);
		await result.getByRole('link', { name: 'Was das für die Ansprache heißt' }).first().click();
		await expect(page).toHaveURL(/#stufe-conversationalists$/);
	});

	test('a link in the old #v=1 format still opens the view and is rewritten', async ({ page }) => {
		await page.goto(`${PATH}#v=1&n=20&stufen=-.-.-.-.-.15.-`);
		await hydrated(page, 'GroupProfile');
		await expect(page.getByLabel('Zuschauer (Spectators), Anzahl Personen')).toHaveValue('15');
		await expect.poll(() => new URL(page.url()).hash).toMatch(/^#technographics=1\.[zj]\./);
	});

	test('a share link restores the view without overwriting the saved profile', async ({ page, context }) => {
		await page.goto(PATH);
		await hydrated(page, 'GroupProfile');
		await page.getByLabel('Befragte insgesamt (n)').fill('20');
		await page.getByLabel('Zuschauer (Spectators), Anzahl Personen').fill('15');
		await hydrated(page, 'SelfTest');
		await page.getByLabel('Podcasts hören').selectOption('taeglich');
		await hydrated(page, 'Toolbar');
		await page.getByRole('button', { name: 'Link zum Teilen kopieren' }).click();
		const link = await page.getByLabel('Link zu dieser Ansicht').inputValue();
		expect(new URL(link).hash).toMatch(/^#technographics=1\.[zj]\.[\w-]+$/);

		const other = await context.newPage();
		await other.goto(PATH);
		await hydrated(other, 'GroupProfile');
		// The form opens with the profile saved by the first tab; replace it with other numbers.
		await expect(other.getByLabel('Befragte insgesamt (n)')).toHaveValue('20');
		await other.getByLabel('Zuschauer (Spectators), Anzahl Personen').fill('');
		await other.getByLabel('Befragte insgesamt (n)').fill('8');
		await other.getByLabel('Kreatoren (Creators), Anzahl Personen').fill('2');
		await expect
			.poll(() => other.evaluate(() => localStorage.getItem('smp:technographics-ergebnis')))
			.toContain('"n":8');

		// Opened in a fresh tab …
		const fresh = await context.newPage();
		await fresh.goto(link);
		await hydrated(fresh, 'GroupProfile');
		await expect(fresh.getByLabel('Befragte insgesamt (n)')).toHaveValue('20');
		await expect(fresh.getByLabel('Zuschauer (Spectators), Anzahl Personen')).toHaveValue('15');
		await fresh.close();
		// … and pasted into a tab that already shows the calculator (only the fragment changes).
		await other.goto(link);
		await expect(other.getByLabel('Befragte insgesamt (n)')).toHaveValue('20');
		await expect(other.getByText(/stammen aus einem geteilten Link/)).toBeVisible();
		expect(await other.evaluate(() => localStorage.getItem('smp:technographics-ergebnis'))).toContain('"n":8');
		await hydrated(other, 'SelfTest');
		await expect(other.getByLabel('Podcasts hören')).toHaveValue('taeglich');
		await other.getByRole('button', { name: 'Als mein Profil speichern' }).click();
		await expect
			.poll(() => other.evaluate(() => localStorage.getItem('smp:technographics-ergebnis')))
			.toContain('"n":20');
	});

	test('exports the result as CSV', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'GroupProfile');
		await page.getByLabel('CSV-Datei auswählen').setInputFiles(TEMPLATE);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Ergebnis als CSV herunterladen' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('technographics-ergebnis.csv');
		const text = await (await file.createReadStream()).toArray();
		const csv = Buffer.concat(text).toString('utf8');
		expect(csv).toContain('Zuschauer;Spectators;8;10;80;');
	});

	// The page as loaded is checked in both themes by the sitemap sweep (sweep.spec.ts); here an
	// uploaded group profile and the open questionnaire.
	test('has no axe violations with a group profile and the questionnaire open', async ({ page }) => {
		await page.goto(PATH);
		for (const island of ['LadderCompare', 'GroupProfile', 'SelfTest', 'Toolbar']) await hydrated(page, island);
		await page.getByLabel('CSV-Datei auswählen').setInputFiles(TEMPLATE);
		await expect(page.getByRole('table', { name: /Eigene Zielgruppe/ })).toBeVisible();
		await page.getByText('Fragebogen für eine Seminargruppe anzeigen').click();
		await expectNoA11yViolations(page);
	});

	test('prints only the questionnaire when asked to', async ({ page }) => {
		await page.goto(PATH);
		await hydrated(page, 'Toolbar');
		await page.evaluate(() => {
			window.print = () => undefined;
		});
		await page.getByRole('button', { name: 'Fragebogen drucken' }).click();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: 'Fragebogen: Wie nutzen Sie soziale Medien?' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	});
});
