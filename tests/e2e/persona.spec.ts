import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, useTheme } from './fixtures';

/** The persona builder as a visitor uses it: by role and label, against the built site. */

const URL_PATH = '/rechner/persona/';

async function open(page: Page, path = URL_PATH): Promise<void> {
	await page.goto(path);
	await expect(page.getByRole('heading', { name: 'Ihre Personas' })).toBeVisible();
}

const stepNav = (page: Page) => page.getByRole('navigation', { name: 'Schritte des Baukastens' });
const personaSelect = (page: Page) => page.getByLabel('Persona zum Bearbeiten');
const storedPersonas = (page: Page) => page.evaluate(() => localStorage.getItem('smp:personas'));

test.describe('Persona-Baukasten', () => {
	test('hydrating does not move the page: the server renders the empty builder at its exact size', async ({
		page,
		browser,
		baseURL,
	}) => {
		for (const width of [1350, 768, 390]) {
			const viewport = { width, height: 900 };
			// The server's markup as the first paint shows it: no script file may load, so the
			// island never hydrates (JavaScript stays on, so <noscript> stays hidden as for readers).
			const serverOnly = await browser.newContext({ viewport, ...(baseURL ? { baseURL } : {}) });
			await serverOnly.route(/\.m?js(\?.*)?$/, (route) => route.abort());
			const server = await serverOnly.newPage();
			await server.goto(URL_PATH);
			await expect(server.locator('.persona-builder .pb[inert]')).toHaveCount(1);
			// Stored personas are not known yet: it says so instead of „Noch keine Persona“.
			await expect(server.getByText('Der Persona-Baukasten wird geladen …')).toBeVisible();
			await expect(server.getByText(/^Noch keine Persona angelegt/)).toBeHidden();
			const before = await server.locator('.persona-builder').evaluate((el) => el.getBoundingClientRect().height);
			await serverOnly.close();
			await page.setViewportSize(viewport);
			await page.goto(URL_PATH);
			const builder = page.locator('.persona-builder');
			await builder.scrollIntoViewIfNeeded();
			await expect(builder.locator('.pb[inert]')).toHaveCount(0);
			await expect(builder.getByText('Noch keine Persona angelegt.')).toBeVisible();
			expect(await builder.evaluate((el) => el.getBoundingClientRect().height), `${width} px`).toBe(before);
		}
	});

	test('a new persona is still there after a reload', async ({ page }) => {
		await open(page);
		await expect(page.getByText('Noch keine Persona angelegt.')).toBeVisible();
		await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
		await page.getByLabel('Name der Persona').fill('Anna, Hobbygärtnerin');
		await page.getByLabel('Typischer Satz').fill('Ich probiere gern Neues aus.');
		await page.getByRole('button', { name: /Weiter/ }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Demografie' })).toBeFocused();
		await page.getByLabel('Alter').fill('35–44 Jahre');

		await page.reload();
		await expect(personaSelect(page)).toHaveValue(/.+/);
		await expect(personaSelect(page).locator('option:checked')).toHaveText('Anna, Hobbygärtnerin');
		await expect(page.getByLabel('Name der Persona')).toHaveValue('Anna, Hobbygärtnerin');
		await stepNav(page)
			.getByRole('button', { name: /^Demografie/ })
			.click();
		await expect(page.getByLabel('Alter')).toHaveValue('35–44 Jahre');
		await expect(page.getByLabel('Vollständigkeit')).toHaveAttribute('value', '14');
	});

	test('the steps work with the keyboard and show B2B fields for B2B personas', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Neue B2B-Persona' }).click();
		const overview = stepNav(page).getByRole('button', { name: /^Übersicht/ });
		await overview.focus();
		await page.keyboard.press('Enter');
		await expect(overview).toHaveAttribute('aria-current', 'step');
		await expect(page.getByRole('heading', { level: 2, name: 'Übersicht' })).toBeFocused();
		await stepNav(page)
			.getByRole('button', { name: /^Unternehmen und Rolle/ })
			.press('Enter');
		await expect(page.getByLabel('Branche')).toBeVisible();
		await page.getByLabel('Rolle in der Kaufentscheidung').selectOption({ label: 'Entscheider – gibt den Kauf frei' });
		await expect(stepNav(page).getByRole('button', { name: /^Unternehmen und Rolle/ })).toContainText('1/7');
	});

	test('bad input gets a message next to the field and nothing typed is lost', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
		const name = page.getByLabel('Name der Persona');
		await name.fill('');
		await expect(name).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Bitte geben Sie der Persona einen Namen.')).toBeVisible();
		await name.fill('Berta');
		await expect(name).not.toHaveAttribute('aria-invalid', 'true');

		await stepNav(page)
			.getByRole('button', { name: /^Online-Zeiten/ })
			.click();
		const start = page.getByLabel('Arbeitsbeginn');
		await start.fill('25:00');
		await expect(start).toHaveValue('25:00');
		await expect(start).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Bitte eine Uhrzeit zwischen 00:00 und 23:59 eingeben.')).toBeVisible();
		const stored = JSON.parse((await storedPersonas(page)) ?? '{}') as { data: { schedule: { workStart: number } }[] };
		expect(stored.data[0]?.schedule.workStart).toBe(480);
		await start.fill('7.30');
		await expect(start).not.toHaveAttribute('aria-invalid', 'true');
		await expect(
			page
				.getByRole('region', { name: 'Online-Zeiten' })
				.getByText('Mo–Fr 06:30–07:30 Uhr: vor der Arbeit und unterwegs'),
		).toBeVisible();

		await stepNav(page)
			.getByRole('button', { name: /^Mediennutzung/ })
			.click();
		const creators = page.getByLabel('Kreatoren (Creators)');
		await creators.fill('12,5');
		await expect(creators).not.toHaveAttribute('aria-invalid', 'true');
		await creators.fill('250');
		await expect(creators).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Der Wert darf höchstens 100 sein.')).toBeVisible();
		await page.getByLabel('Plattform hinzufügen').fill('Instagram');
		await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
		await page.getByLabel('Plattform hinzufügen').fill('instagram');
		await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
		await expect(page.getByText('Diese Plattform steht schon in der Liste.')).toBeVisible();
		await expect(page.getByRole('button', { name: '„Instagram“ entfernen' })).toBeVisible();
	});

	test('rung shares can be taken from the saved Technographics profile', async ({ page }) => {
		const rung = (share: number) => ({ count: Math.round(share), share, low: 0, high: 100 });
		const result = {
			source: 'eingabe',
			n: 100,
			rungs: {
				creators: rung(12.34),
				conversationalists: null,
				critics: rung(30),
				collectors: null,
				joiners: rung(40),
				spectators: rung(70),
				inactives: rung(20),
			},
			referenceId: null,
			index: {
				creators: null,
				conversationalists: null,
				critics: null,
				collectors: null,
				joiners: null,
				spectators: null,
				inactives: null,
			},
			savedAt: '2025-01-01T00:00:00.000Z',
		};
		await page.addInitScript(
			(data) => localStorage.setItem('smp:technographics-ergebnis', JSON.stringify({ v: 1, data })),
			result,
		);
		await open(page);
		await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
		await stepNav(page)
			.getByRole('button', { name: /^Mediennutzung/ })
			.click();
		await page.getByRole('button', { name: 'Aus dem Technographics-Profil übernehmen' }).click();
		await expect(page.getByLabel('Kreatoren (Creators)')).toHaveValue('12,3');
		await expect(page.getByLabel('Zuschauer (Spectators)')).toHaveValue('70');
		await expect(page.getByLabel('Sammler (Collectors)')).toHaveValue('');
		await expect(page.getByText('Aus dem Technographics-Profil übernommen.')).toBeVisible();
	});

	test('platforms can be taken from the Plattform-Finder without duplicates', async ({ page }) => {
		await page.goto('/rechner/plattformen/');
		const finder = page.locator('astro-island[component-export="PlattformFinder"]');
		await finder.scrollIntoViewIfNeeded();
		await expect(finder).not.toHaveAttribute('ssr', /.*/);
		await page.getByRole('combobox', { name: 'Altersgruppe' }).selectOption({ label: '30 bis 39 Jahre' });
		await expect(page).toHaveURL(/#plattformen=/);

		await open(page);
		await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
		await stepNav(page)
			.getByRole('button', { name: /^Mediennutzung/ })
			.click();
		await page.getByLabel('Plattform hinzufügen').fill('instagram');
		await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
		await expect(
			page.getByText('Letzte Auswahl im Plattform-Finder (Datenjahr 2024): Facebook, Instagram.'),
		).toBeVisible();
		const adopt = page.getByRole('button', { name: 'Aus dem Plattform-Finder übernehmen' });
		await adopt.click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Aus dem Plattform-Finder übernommen: Facebook.' }),
		).toBeVisible();
		const platforms = page.getByRole('group', { name: 'Plattformen', exact: true }).getByRole('listitem');
		await expect(platforms).toHaveText([/^instagram/, /^Facebook/]);

		// Taking over again adds nothing and keeps the focus on the button.
		await adopt.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'stehen schon in der Liste' })).toBeVisible();
		await expect(adopt).toBeFocused();
		await expect(platforms).toHaveCount(2);
		await expectNoA11yViolations(page);
		await page.reload();
		await stepNav(page)
			.getByRole('button', { name: /^Mediennutzung/ })
			.click();
		await expect(platforms).toHaveText([/^instagram/, /^Facebook/]);
	});

	test('a share link opens a preview and „Übernehmen“ never overwrites saved personas', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
		await stepNav(page)
			.getByRole('button', { name: /^Übersicht/ })
			.click();
		await page.getByRole('button', { name: 'Link zum Teilen erzeugen' }).click();
		const link = await page.getByLabel('Link zu dieser Persona').inputValue();
		expect(link).toMatch(/\/rechner\/persona\/#persona=1\.z\.[\w-]+$/);

		// Edit the saved persona after sharing: the link must not bring the old state back over it.
		await stepNav(page)
			.getByRole('button', { name: /^Grunddaten/ })
			.click();
		await page.getByLabel('Name der Persona').fill('Jürgen, meine Fassung');
		const before = await storedPersonas(page);

		await page.goto('about:blank');
		await page.goto(link);
		const preview = page.getByRole('region', { name: 'Geteilte Persona – Vorschau' });
		await expect(preview.getByRole('heading', { name: 'Jürgen, der Oldtimer-Fahrer' })).toBeVisible();
		expect(await storedPersonas(page)).toBe(before);

		await preview.getByRole('button', { name: 'Übernehmen' }).click();
		await expect(preview).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'wurde als neue Persona gespeichert' })).toBeVisible();
		await expect(personaSelect(page).locator('option')).toHaveText([
			'Jürgen, meine Fassung',
			'Jürgen, der Oldtimer-Fahrer',
		]);
		expect(new URL(page.url()).hash).toBe('');

		// A broken link says so and changes nothing.
		const after = await storedPersonas(page);
		await page.goto('about:blank');
		await page.goto(`${URL_PATH}#persona=1.z.kaputt`);
		await expect(page.getByText(/Der Link ist beschädigt/)).toBeVisible();
		await page.getByRole('button', { name: 'Verwerfen' }).click();
		expect(await storedPersonas(page)).toBe(after);
	});

	test('a malformed import leaves the personas untouched; a real export imports again', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Beispiel: Geschirr auf Homepartys' }).click();
		const before = await storedPersonas(page);
		const importField = page.getByLabel('Personas aus JSON-Datei importieren');

		await importField.setInputFiles({
			name: 'kaputt.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format": '),
		});
		await expect(page.getByRole('alert').filter({ hasText: 'kein gültiges JSON' })).toBeVisible();
		await expect(importField).toHaveAttribute('aria-invalid', 'true');
		expect(await storedPersonas(page)).toBe(before);

		const wrong = JSON.stringify({
			format: 'social-media-praxis/personas',
			version: 1,
			personas: [{ id: 'x', goals: 42 }],
		});
		await importField.setInputFiles({ name: 'falsch.json', mimeType: 'application/json', buffer: Buffer.from(wrong) });
		await expect(page.getByRole('alert').filter({ hasText: 'ungültig' })).toBeVisible();
		expect(await storedPersonas(page)).toBe(before);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Alle Personas als JSON speichern' }).click();
		const file = await (await download).path();
		await importField.setInputFiles(file);
		await expect(page.getByRole('status').filter({ hasText: 'Eine Persona wurde importiert.' })).toBeVisible();
		await expect(personaSelect(page).locator('option')).toHaveCount(2);
		await expect(importField).not.toHaveAttribute('aria-invalid', 'true');
	});

	test('own sections appear on the card, and the card prints on one A4 page', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
		await stepNav(page)
			.getByRole('button', { name: /^Übersicht/ })
			.click();
		await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
		await expect(page.getByLabel('Überschrift', { exact: true })).toBeFocused();
		await page.getByLabel('Überschrift', { exact: true }).fill('Kaufanlässe');
		await page.getByLabel('Inhalt', { exact: true }).fill('Frühjahrstreffen und Saisonstart.');
		const card = page.getByRole('article', { name: 'Jürgen, der Oldtimer-Fahrer' });
		await expect(card.getByRole('heading', { name: 'Kaufanlässe' })).toBeVisible();
		await expect(card.getByText(/Beispiel-Persona: ein illustratives Profil/)).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(1);
	});

	for (const kind of ['b2c', 'b2b'] as const) {
		test(`a ${kind} card at the site's limits prints on one A4 page, shortened with a note; the full version on more`, async ({
			page,
		}) => {
			const words = 'Sie informiert sich gern ausführlich über neue Produkte und fragt im Freundeskreis nach. ';
			const text = (n: number) => words.repeat(Math.ceil(n / words.length)).slice(0, n);
			const long = [
				'quote',
				'successMeasure',
				'goals',
				'challenges',
				'habitus',
				'values',
				'interests',
				'infoSources',
				'trustedVoices',
				'mediaNote',
				'scheduleNote',
				'channels',
				'tone',
				'contentIdeas',
				'noGos',
			];
			const short = [
				'age',
				'gender',
				'income',
				'education',
				'occupation',
				'place',
				'industry',
				'companySize',
				'revenue',
				'jobTitle',
				'reportsTo',
			];
			const persona: Record<string, unknown> = {
				id: 'voll',
				name: 'Anna an der Grenze',
				kind,
				scheduleSource: 'eigen',
				platforms: ['Instagram', 'LinkedIn'],
				technographics: { shares: { creators: 12, critics: 30 }, source: 'hand' },
			};
			for (const f of long) persona[f] = text(1200);
			for (const f of short) persona[f] = text(120);
			await page.addInitScript(
				(p) => localStorage.setItem('smp:personas', JSON.stringify({ v: 1, data: [p] })),
				persona,
			);
			await open(page);
			await stepNav(page)
				.getByRole('button', { name: /^Übersicht/ })
				.click();
			await expect(page.locator('.pb-warning')).toContainText('Die Karte ist länger als eine A4-Seite.');
			await expect(page.getByRole('button', { name: 'Vollständige Fassung drucken' })).toBeVisible();

			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.pb-print-card-one')).toContainText('Für eine Seite gekürzt');
			const count = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
			expect(count(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
			await page.evaluate(() => (document.documentElement.dataset['print'] = 'persona-voll'));
			await expect(page.locator('.pb-print-card-full')).toBeVisible();
			await expect(page.locator('.pb-print-card-one')).toBeHidden();
			expect(count(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBeGreaterThan(1);
		});
	}

	test('„Alle meine Daten löschen“ asks first and says what it removed', async ({ page }) => {
		await open(page);
		await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
		await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click();
		const confirm = page.getByRole('group', { name: /Wirklich alle Daten/ });
		await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
		await confirm.getByRole('button', { name: 'Ja, alles löschen' }).click();
		await expect(page.getByRole('status').filter({ hasText: /Gelöscht: eine Persona und insgesamt/ })).toBeVisible();
		const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('smp:')));
		expect(keys).toEqual([]);
		await expect(page.getByText('Noch keine Persona angelegt.')).toBeVisible();
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations (${theme})`, async ({ page }) => {
			await useTheme(page, theme);
			// The empty builder as loaded is checked by the sitemap sweep (sweep.spec.ts).
			await open(page);
			await page.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
			await expectNoA11yViolations(page);
			await stepNav(page)
				.getByRole('button', { name: /^Online-Zeiten/ })
				.click();
			await page.getByLabel('Arbeitsende').fill('kaputt');
			await expectNoA11yViolations(page);
			await stepNav(page)
				.getByRole('button', { name: /^Übersicht/ })
				.click();
			await page.getByRole('button', { name: 'Link zum Teilen erzeugen' }).click();
			await expectNoA11yViolations(page);
		});
	}
});
