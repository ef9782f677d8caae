import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, useTheme } from './fixtures';

/** The three planning calculators (Echtzeit-Budget, KPI-Monitoring, Kulanz) against the built site. */

const nb = '\u00a0';

/**
 * Open a page and wait until the island (hydrated on visibility) has taken over – named by its
 * export or, for a default export, by its file. A calculator of several islands (`data-near-root`,
 * e.g. the KPI-Monitoring) is ready when all of them are.
 */
async function open(page: Page, path: string, component: string): Promise<void> {
	await page.goto(path);
	const island = page
		.locator(`astro-island[component-export="${component}"], astro-island[component-url*="/${component}."]`)
		.first();
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
	await expect(page.locator('[data-near-root]:has(astro-island:not([ssr])) astro-island[ssr]')).toHaveCount(0);
}

/** A bad entry shows its message next to the field, marks it invalid and keeps the typed text. */
async function expectFieldError(page: Page, id: string, typed: string, message: string | RegExp): Promise<void> {
	const field = page.locator(`#${id}`);
	await expect(field).toHaveValue(typed);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAttribute('aria-describedby', new RegExp(`${id}-error`));
	await expect(page.locator(`#${id}-error`)).toHaveText(message);
}

test.describe('Echtzeit-Personal und Budget', () => {
	const PATH = '/rechner/echtzeit-budget/';

	test('computes hours, pay, Minijob limit and cost per business in German', async ({ page }) => {
		// The statutory values follow the date; this test is about the arithmetic of 2026.
		await page.clock.setFixedTime(new Date('2026-12-05T10:00:00+01:00'));
		await open(page, PATH, 'EchtzeitBudget');
		const verdict = page.locator('.pl-verdict');
		await expect(verdict).toContainText(
			`Das passt in einen Minijob: 602,33${nb}€ liegen nicht über der Minijob-Grenze 2026 von 603${nb}€.`,
		);
		await expect(verdict).toContainText('diese Website dafür keinen Wert nennt');

		await page.getByLabel('Stunden pro Tag', { exact: true }).fill('2,5');
		await page.getByLabel('Betriebe, die sich die Kraft teilen').fill('3');
		await expect(verdict).toContainText(
			`2,5${nb}Std. am Tag an 5${nb}Tagen pro Woche ergeben rund 54,2${nb}Std. im Monat.`,
		);
		await expect(verdict).toContainText(
			`Das passt nicht in einen Minijob: 752,92${nb}€ liegen über der Minijob-Grenze 2026 von 603${nb}€.`,
		);
		await expect(verdict).toContainText(`höchstens 43,4${nb}Std. im Monat`);
		await expect(verdict).toContainText(`Teilen sich 3 Betriebe die Kraft, trägt jeder 250,97${nb}€ im Monat.`);
		await expect(verdict).toHaveAttribute('data-tone', 'warn');

		await page.getByLabel('Aufschlag des Arbeitgebers (%, freiwillig)').fill('20');
		await expect(page.locator('.pl-figure', { hasText: 'Kosten pro Monat insgesamt' })).toContainText(`903,50${nb}€`);

		await page.getByLabel('Stunden pro Tag', { exact: true }).fill('1,5');
		await expect(verdict).toContainText('mindestens zwei Stunden am Tag');

		await page.getByLabel('Gesetzliche Werte für').selectOption('2027');
		await expect(page.getByLabel('Stundenlohn brutto (€)')).toHaveValue('14,60');
		await expect(page.locator('#eb-year-note')).toHaveText(
			`Sie rechnen mit den Werten für 2027: Mindestlohn 14,60${nb}€ je Stunde, Minijob-Grenze 633${nb}€ im Monat.`,
		);
		await page.getByLabel('Stundenlohn brutto (€)').fill('12,50');
		await expect(page.locator('#eb-wage-warning')).toHaveText(
			`Dieser Stundenlohn liegt unter dem gesetzlichen Mindestlohn für 2027 von 14,60${nb}€. Bitte prüfen Sie den Wert.`,
		);
	});

	test('picks the values by the date: 15 February 2027 gives 14,60 € and 633 €', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2027-02-15T10:00:00+01:00'));
		await open(page, PATH, 'EchtzeitBudget');
		await expect(page.getByLabel('Stundenlohn brutto (€)')).toHaveValue('14,60');
		await expect(page.getByLabel('Gesetzliche Werte für')).toHaveValue('datum');
		await expect(page.locator('#eb-year-note')).toHaveText(
			`Heute gelten die Werte für 2027: Mindestlohn 14,60${nb}€ je Stunde, Minijob-Grenze 633${nb}€ im Monat.`,
		);
		await expect(page.locator('.pl-verdict')).toContainText(`Minijob-Grenze 2027 von 633${nb}€`);
	});

	test('beyond the last known year it says the values are the last known ones', async ({ page }) => {
		await page.clock.setFixedTime(new Date('2029-03-01T10:00:00+01:00'));
		await open(page, PATH, 'EchtzeitBudget');
		await expect(page.locator('#eb-year-note')).toContainText(
			'Für 2029 sind hier noch keine Werte hinterlegt. Der Rechner nutzt die zuletzt bekannten von 2027',
		);
		await expect(page.getByLabel('Stundenlohn brutto (€)')).toHaveValue('14,60');
	});

	test('a bad entry shows a message, keeps the text and survives a reload', async ({ page }) => {
		await open(page, PATH, 'EchtzeitBudget');
		await page.getByLabel('Werkstudent/in').check();
		await page.getByLabel('Tage pro Woche').fill('6');
		await page.getByLabel('Stunden pro Tag', { exact: true }).fill('zwei');
		await expectFieldError(page, 'eb-hoursPerDay', 'zwei', '„zwei“ ist keine Zahl. Beispiel: 12,5');
		await expect(page.locator('.pl-results [role="status"]')).toHaveText(/Bitte korrigieren Sie die markierten Felder/);

		await page.reload();
		await open(page, PATH, 'EchtzeitBudget');
		await expectFieldError(page, 'eb-hoursPerDay', 'zwei', '„zwei“ ist keine Zahl. Beispiel: 12,5');
		await expect(page.getByLabel('Tage pro Woche')).toHaveValue('6');
		await expect(page.getByLabel('Werkstudent/in')).toBeChecked();
	});

	// The page as loaded is checked in both themes by the sitemap sweep (sweep.spec.ts); here the
	// state only a reader's input produces.
	test('has no axe violations with a field message showing', async ({ page }) => {
		await open(page, PATH, 'EchtzeitBudget');
		await page.getByLabel('Stunden pro Tag', { exact: true }).fill('x');
		await expectNoA11yViolations(page);
	});
});

test.describe('KPI-Monitoring', () => {
	const PATH = '/rechner/kpi-monitoring/';

	async function fillMonth(page: Page, id: string, values: Record<string, string>): Promise<void> {
		for (const [measure, value] of Object.entries(values)) await page.locator(`#kpi-${id}-${measure}`).fill(value);
	}

	async function fillTwoMonths(page: Page): Promise<void> {
		await fillMonth(page, 'm1', {
			label: '2026-01',
			followers: '1.000',
			questions: '40',
			answered: '30',
			responseHours: '1,5',
		});
		await fillMonth(page, 'm2', {
			label: '2026-02',
			followers: '1.250',
			questions: '50',
			answered: '35',
			responseHours: '0,5',
		});
	}

	test('shows answer rate, benchmarks with source and the change per measure', async ({ page }) => {
		await open(page, PATH, 'KpiMonitoringInputs');
		await fillTwoMonths(page);
		const service = page.getByRole('table', { name: /Antwortquote und mittlere Antwortzeit/ });
		await expect(service.getByRole('row', { name: /^2026-01/ })).toHaveText(
			/2026-01\s*40\s*30\s*75\s%\s*erreicht\s*1,5\sStd\.\s*nein, länger/,
		);
		await expect(service.getByRole('row', { name: /^2026-02/ })).toHaveText(
			/2026-02\s*50\s*35\s*70\s%\s*erreicht\s*0,5\sStd\.\s*ja/,
		);
		const serviceRegion = page.getByRole('region', { name: 'Antwortquote und Antwortzeit', exact: true });
		await expect(serviceRegion.getByRole('link', { name: 'Memeburn 2012' })).toHaveAttribute(
			'href',
			'/quellen/#memeburn-2012',
		);
		await expect(serviceRegion.getByRole('link', { name: 'Lithium Technologies 2013' })).toHaveAttribute(
			'href',
			'/quellen/#lithium-2013',
		);

		const followers = page.getByRole('region', { name: 'Follower bzw. Fans', exact: true });
		await expect(followers.getByRole('img', { name: 'Follower bzw. Fans: Verlauf über 2 Monate' })).toBeVisible();
		await expect(followers.locator('.kpi-line')).toHaveCount(1);
		await expect(followers.getByRole('row', { name: /^2026-02/ })).toHaveText(/2026-02\s*1\.250\s*\+250\s*\+25\s%/);
		await expect(
			page.getByRole('region', { name: 'Antwortquote', exact: true }).getByRole('row', { name: /^2026-02/ }),
		).toContainText(`-5${nb}Prozentpunkte`);

		await page.getByRole('button', { name: 'Monat hinzufügen' }).click();
		await expect(page.locator('#kpi-m3-label')).toBeFocused();
		await expect(page.locator('#kpi-m3-label')).toHaveValue('2026-03');
		await page.locator('#kpi-m3-followers').fill('12,5');
		await expectFieldError(page, 'kpi-m3-followers', '12,5', 'Bitte eine ganze Zahl ohne Nachkommastellen eingeben.');
		await page.getByRole('button', { name: 'Als CSV herunterladen' }).click();
		await expect(page.locator('.kpi-csv [role="status"]')).toContainText(
			'Bitte korrigieren Sie zuerst die markierten Felder',
		);

		await page.reload();
		await open(page, PATH, 'KpiMonitoringInputs');
		await expect(page.locator('#kpi-m2-followers')).toHaveValue('1.250');
		// The service table and every series card are islands of their own: each shows the stored
		// table after the reload, not the example the server rendered.
		await expect(service.getByRole('row', { name: /^2026-02/ })).toHaveText(/2026-02\s*50\s*35\s*70\s%/);
		await expect(followers.getByRole('img', { name: 'Follower bzw. Fans: Verlauf über 3 Monate' })).toBeAttached();
		await expect(followers.getByRole('row', { name: /^2026-02/ })).toHaveText(/2026-02\s*1\.250\s*\+250\s*\+25\s%/);
		await expectFieldError(page, 'kpi-m3-followers', '12,5', 'Bitte eine ganze Zahl ohne Nachkommastellen eingeben.');
		await page.getByRole('button', { name: '2026-03 entfernen' }).click();
		await expect(page.getByRole('button', { name: 'Monat hinzufügen' })).toBeFocused();
		await expect(page.getByRole('button', { name: '2026-02 entfernen' })).toBeDisabled();
	});

	test('exports the table as CSV and imports it again; a bad file changes nothing', async ({ page }) => {
		await open(page, PATH, 'KpiMonitoringInputs');
		await fillTwoMonths(page);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Als CSV herunterladen' }).click();
		const file = await (await download).path();
		const csv = readFileSync(file, 'utf8');
		expect(csv.split('\r\n').slice(0, 3)).toEqual([
			'\uFEFFMonat;Follower;Interaktionen;Beiträge anderer;Website-Besuche;Käufe;Suchtreffer;Fragen gestellt;Fragen beantwortet;Antwortzeit (Stunden)',
			'2026-01;1000;;;;;;40;30;1,5',
			'2026-02;1250;;;;;;50;35;0,5',
		]);

		const reset = page.getByRole('button', { name: 'Tabelle leeren' });
		await reset.click();
		await page.getByRole('button', { name: 'Ja, Tabelle leeren' }).click();
		await expect(page.locator('#kpi-m1-followers')).toHaveValue('');

		const importField = page.getByLabel('CSV-Datei importieren');
		await importField.setInputFiles(file);
		await expect(page.locator('.kpi-csv [role="status"]')).toContainText('2 Monate aus „');
		await expect(page.locator('#kpi-m1-label')).toHaveValue('2026-01');
		await expect(page.locator('#kpi-m2-responseHours')).toHaveValue('0,5');
		await expect(
			page.getByRole('region', { name: 'Follower bzw. Fans', exact: true }).getByRole('row', { name: /^2026-02/ }),
		).toContainText('+25');

		const bad = 'Monat;Follower;Fragen gestellt;Fragen beantwortet\n2026-05;abc;;\n2026-06;10;5;7\n2026-07;12;;\n';
		await importField.setInputFiles({ name: 'kaputt.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
		const status = page.locator('.kpi-csv [role="status"]');
		await expect(status).toContainText('Die Datei „kaputt.csv“ wurde nicht übernommen; Ihre Tabelle ist unverändert.');
		await expect(status).toContainText('Zeile 2: „Follower“: „abc“ ist keine Zahl. Beispiel: 12,5');
		await expect(status).toContainText('Zeile 3: „Fragen beantwortet“: Mehr beantwortete als gestellte Fragen (5).');
		await expect(page.locator('#kpi-m1-label')).toHaveValue('2026-01');
		await expect(page.locator('#kpi-m3-label')).toHaveCount(0);
	});

	test('has no axe violations with a field message showing', async ({ page }) => {
		await open(page, PATH, 'KpiMonitoringInputs');
		await fillTwoMonths(page);
		await page.locator('#kpi-m2-interactions').fill('viele');
		await expectNoA11yViolations(page);
	});
});

test.describe('Kulanz-Rechner', () => {
	const PATH = '/rechner/kulanz/';

	test('fills the Otto example with facts only and computes from the user’s assumptions', async ({ page }) => {
		await open(page, PATH, 'KulanzRechner');
		const verdict = page.locator('.pl-verdict');
		await expect(verdict).toContainText(`höchstens 500.000${nb}€ (50.000 × 10,00${nb}€)`);
		await expect(verdict).toContainText('Für die erwarteten Kosten fehlt eine angenommene Einlösequote.');
		await expect(page.locator('.ku-example')).toContainText('sind für den Fall nicht bekannt');

		await page.getByLabel('Erwartete Einlösequote (%)').fill('15');
		await page.getByRole('button', { name: 'Beispiel Otto 2012 mit 20-€-Gutschein' }).click();
		await expect(page.getByLabel('Erwartete Einlösequote (%)')).toHaveValue('');
		await expect(verdict).toContainText(`höchstens 1.000.000${nb}€`);

		await page.getByLabel('Erwartete Einlösequote (%)').fill('12,5');
		await page.getByLabel('Durchschnittlicher Bestellwert beim Einlösen (€)').fill('60');
		await page.getByLabel('Rohertragsmarge (%)').fill('25');
		await page.getByLabel('Kundenwert je gehaltener Person (€)').fill('50');
		await page.getByLabel('Anteil, der sonst abwandern würde (%)').fill('10');
		await expect(verdict).toContainText(
			`Einlösequote von 12,5${nb}% werden rund 6.250 Gutscheine eingelöst; das kostet 125.000${nb}€.`,
		);
		await expect(verdict).toContainText(`375.000${nb}€ Bestellwert und bei 25${nb}% Marge 93.750${nb}€ Rohertrag`);
		await expect(verdict).toContainText(`Unterm Strich kostet die Geste 31.250${nb}€.`);
		await expect(verdict).toContainText('mindestens 625 Kundinnen und Kunden');
		await expect(verdict).toContainText(
			`Das sind 12,5${nb}% der 5.000, die nach Ihrer Annahme sonst abwandern würden.`,
		);
	});

	test('a bad entry shows a message, keeps the text and survives a reload', async ({ page }) => {
		await open(page, PATH, 'KulanzRechner');
		await page.getByLabel('Rohertragsmarge (%)').fill('viel');
		await page.getByLabel('Durchschnittlicher Bestellwert beim Einlösen (€)').fill('7,5');
		await expectFieldError(page, 'ku-margin', 'viel', '„viel“ ist keine Zahl. Beispiel: 12,5');
		await expectFieldError(page, 'ku-orderValue', '7,5', /mindestens so hoch sein wie der Gutschein \(10,00\s€\)/);
		await page.reload();
		await open(page, PATH, 'KulanzRechner');
		await expectFieldError(page, 'ku-margin', 'viel', '„viel“ ist keine Zahl. Beispiel: 12,5');
		await expect(page.getByLabel('Durchschnittlicher Bestellwert beim Einlösen (€)')).toHaveValue('7,5');
	});

	// The page as loaded is checked in both themes by the sitemap sweep (sweep.spec.ts); here the
	// states only a reader's input produces, this one in the dark theme.
	test('has no axe violations with a field message showing (dark)', async ({ page }) => {
		await useTheme(page, 'dark');
		await open(page, PATH, 'KulanzRechner');
		await page.getByLabel('Erwartete Einlösequote (%)').fill('200');
		await expectNoA11yViolations(page);
	});
});

test('the chapters embed the calculators next to their topics', async ({ page }) => {
	await open(page, '/kapitel/echtzeit/', 'EchtzeitBudget');
	await expect(page.locator('.pl-verdict').first()).toContainText('Das passt in einen Minijob');
	await expect(page.getByRole('link', { name: 'Echtzeit-Personal und Budget', exact: true })).toHaveAttribute(
		'href',
		'/rechner/echtzeit-budget/',
	);
	await open(page, '/kapitel/echtzeit/', 'KpiMonitoringInputs');
	await expect(page.getByRole('link', { name: 'KPI-Monitoring für den Monatsrückblick', exact: true })).toHaveAttribute(
		'href',
		'/rechner/kpi-monitoring/',
	);
	await open(page, '/kapitel/krisenkommunikation-otto/', 'KulanzRechner');
	await expect(page.locator('.pl-verdict')).toContainText(`höchstens 500.000${nb}€`);
});
