import type { Page } from '@playwright/test';
import { expect, expectNoA11yViolations, test, useTheme } from './fixtures';

/**
 * The Planspiele against the built site: a whole game to the debrief, the group code in the
 * trainer's comparison, keyboard-only play, the countdown, trainer notes, the chapter embed, the
 * one-page print, axe in every phase and the phone layout at 390 and 320 px.
 */

const nb = '\u00a0';
const OTTO = '/planspiel/otto/';
/** What Otto did, round by round (the choices marked historical). */
const OTTO_PATH = [
	'Beobachten und am Morgen mit der Fachabteilung entscheiden',
	'Alle Bestellungen mit fremden Codes stornieren; Bestellungen mit echten Gutscheinen bleiben bestehen',
	'Sachliche Pressemitteilung und ein kurzer Facebook-Beitrag mit Entschuldigung – einschließlich des Satzes vom „guten Glauben“',
	'Bei der Linie bleiben: Die Erklärung steht, Einzelfragen freundlich beantworten, keine Grundsatzdebatten',
];

/** Open a game page and wait until its island has hydrated. */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	const island = page
		.locator('astro-island[component-export="Planspiel"], astro-island[component-export="Vergleich"]')
		.first();
	await island.scrollIntoViewIfNeeded();
	await expect(island).not.toHaveAttribute('ssr', /.*/);
}

async function decide(page: Page, label: string): Promise<void> {
	await page.getByRole('radio', { name: label, exact: true }).check();
	await page.getByRole('button', { name: 'Entscheidung treffen' }).click();
	await expect(page.getByRole('heading', { name: 'Folge Ihrer Entscheidung' })).toBeFocused();
}

async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^(Weiter zur nächsten Runde|Zur Auswertung)$/ }).click();
}

/** Play the given choices from the intro to wherever they lead. */
async function play(page: Page, labels: readonly string[]): Promise<void> {
	await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
	for (const label of labels) {
		await decide(page, label);
		await next(page);
	}
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, 'Seite ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
}

test.describe('Planspiel Otto', () => {
	test('plays Otto’s path to the end and shows the debrief', async ({ page }) => {
		await open(page, `${OTTO}?zeitdruck=0`);
		await play(page, OTTO_PATH);
		const debrief = page.locator('.ps-debrief');
		await expect(page.getByRole('heading', { name: 'Auswertung: Storniert, erklärt, Linie gehalten' })).toBeFocused();
		await expect(debrief.locator('.ps-path > li')).toHaveCount(4);
		await expect(debrief.locator('.ps-badge-same')).toHaveCount(4);
		await expect(debrief.getByText('Am Montagabend teilte Otto mit')).toBeVisible();
		await expect(debrief.getByRole('img', { name: /im Verlauf$/ })).toHaveCount(4);
		const table = debrief.getByRole('table', { name: 'Kennzahlen nach jeder Entscheidung (Modellwerte)' });
		await expect(table.getByRole('row')).toHaveCount(6);
		await expect(table.getByRole('row', { name: /^Di\./ })).toContainText(`0${nb}€`);
		await expect(debrief.getByRole('heading', { name: 'Drei Fragen zum Nachdenken' })).toBeVisible();
		await expect(debrief.locator('.ps-reflection li')).toHaveCount(3);
		await expect(debrief.locator('.ps-views dt')).toHaveCount(5);
		await expect(page.getByTestId('gruppencode')).toHaveText(/^OTTO1-3111-[2-9A-HJ-NP-Z]$/);

		// The game survives a reload.
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Auswertung: Storniert, erklärt, Linie gehalten' })).toBeVisible();
	});

	test('a branch changes the next round and the indicators', async ({ page }) => {
		await open(page, `${OTTO}?zeitdruck=0`);
		await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
		await decide(page, 'Das Gutscheinfeld sofort ganz abschalten – auch für echte Gutscheine');
		await expect(page.locator('.ps-consequence')).toContainText(`25.000${nb}Bestellungen`);
		await next(page);
		await decide(page, 'Alle Bestellungen ausliefern – der Fehler lag im eigenen System');
		await next(page);
		await expect(page.getByRole('heading', { name: 'Ausliefern – und wie sagen wir es?' })).toBeVisible();
		await decide(page, 'Öffentlich ankündigen: Wir stehen zu unserem Fehler und liefern alle Bestellungen aus');
		// 25.000 × (100 € − 150 € × 30 %) = 1.375.000 € with the Kulanz-Rechner's model.
		await expect(page.locator('[data-indicator="cost"] strong')).toHaveText(`1.375.000${nb}€`);
		await next(page);
		await expect(page.getByRole('heading', { name: 'Auswertung: Ausgeliefert' })).toBeVisible();
		await page.locator('.ps-how summary').click();
		await expect(page.locator('.ps-how')).toContainText('Alle Bestellungen ausliefern: N = 25.000');
	});

	test('a group code pasted into the comparison view shows that path', async ({ page }) => {
		await open(page, `${OTTO}?zeitdruck=0`);
		await play(page, OTTO_PATH);
		const code = (await page.getByTestId('gruppencode').textContent()) ?? '';
		// The link carries the group through the site's share-link codec, in the fragment only.
		const linkField = page.getByLabel('Link zur Vergleichsansicht');
		await expect(linkField).toHaveValue(/\/planspiel\/otto\/vergleich\/#planspiel=1\.[zj]\./);
		const unnamed = await linkField.inputValue();
		await page.getByLabel('Name der Gruppe (freiwillig)').fill('Gruppe Rot');
		await expect(linkField).not.toHaveValue(unnamed);
		const link = await linkField.inputValue();

		await open(page, '/planspiel/otto/vergleich/');
		await page.getByLabel('Codes der Gruppen').fill(`Gruppe Rot: ${code}\nBlau: OTTO1-1111-K\nhallo`);
		const table = page.getByRole('table', { name: 'Wege und Kennzahlen der Gruppen (Modellwerte)' });
		await expect(table.getByRole('columnheader', { name: 'Gruppe Rot' })).toBeVisible();
		await expect(table.getByRole('columnheader', { name: 'Wie damals (soweit belegt)' })).toBeVisible();
		await expect(table.getByRole('row', { name: /^Ende/ })).toContainText('Storniert, erklärt, Linie gehalten');
		await expect(table.getByRole('row', { name: /^Entscheidung 2/ })).toContainText(
			'Alle Bestellungen mit fremden Codes stornieren',
		);
		await expect(page.getByRole('list', { name: 'Hinweise zu den Eingaben' })).toContainText(
			'Zeile 3: Kein Gruppencode erkannt.',
		);
		await expect(page).toHaveURL(/#planspiel=1\.[zj]\./);

		// The view's own address opens the same groups again.
		const own = new URL(page.url());
		await page.goto('about:blank'); // Otherwise the same address would only be a same-page jump.
		await open(page, own.pathname + own.hash);
		await expect(page.getByLabel('Codes der Gruppen')).toHaveValue(`Gruppe Rot: ${code}\nBlau: OTTO1-1111-K`);

		// A link from the first format (#codes=) still opens and is rewritten.
		await open(page, `/planspiel/otto/vergleich/#codes=Rot:${code}`);
		await expect(page.getByLabel('Codes der Gruppen')).toHaveValue(`Rot: ${code}`);
		await expect(page).toHaveURL(/#planspiel=1\.[zj]\./);

		// The link from the debrief opens the comparison with that group.
		await open(page, new URL(link).pathname + new URL(link).hash);
		await expect(page.getByLabel('Codes der Gruppen')).toHaveValue(`Gruppe Rot: ${code}`);
		await expect(page.getByRole('columnheader', { name: 'Gruppe Rot' })).toBeVisible();
		await expectNoA11yViolations(page);
	});

	test('can be played with the keyboard alone', async ({ page }) => {
		await open(page, `${OTTO}?zeitdruck=0`);
		const start = page.getByRole('button', { name: 'Runde 1 beginnen' });
		await start.focus();
		await page.keyboard.press('Enter');
		const heading = page.getByRole('heading', { name: 'Ein Code macht die Runde' });
		await expect(heading).toBeFocused();
		for (let round = 0; round < 4; round++) {
			// From the round's heading: Tab into the radio group, pick the second option, submit.
			await tabUntil(page, '.ps-decide input[type="radio"]');
			await page.keyboard.press('ArrowDown');
			await tabUntil(page, '.ps-decide button[type="submit"]');
			await page.keyboard.press('Enter');
			await expect(page.getByRole('heading', { name: 'Folge Ihrer Entscheidung' })).toBeFocused();
			await tabUntil(page, '.ps-consequence button.button-primary');
			await page.keyboard.press('Enter');
			// Wait until the next view has taken the focus (its heading): only then is it known
			// whether that view is another round or the debrief.
			await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? '')).toMatch(/^H[1-6]$/);
			if (await page.locator('.ps-debrief').count()) break;
		}
		await expect(page.getByRole('heading', { name: /^Auswertung: / })).toBeFocused();
	});

	test('the countdown can be extended and switched off, and when it runs out the timeout choice happens', async ({
		page,
	}) => {
		await page.clock.install();
		await open(page, OTTO);
		await expect(page.getByLabel('Mit Zeitdruck spielen (Countdown je Runde)')).toBeChecked();
		await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
		const timer = page.getByRole('timer', { name: 'Verbleibende Zeit' });
		await expect(timer).toHaveText(/^Noch (2:00|1:5\d)$/);
		// Real seconds pass between the steps on a busy machine, so compare before and after.
		const seconds = async () => {
			const [, m = '0', s = '0'] = /(\d+):(\d+)/.exec((await timer.textContent()) ?? '') ?? [];
			return Number(m) * 60 + Number(s);
		};
		const before = await seconds();
		await page.getByRole('button', { name: 'Eine Minute mehr' }).click();
		await expect.poll(seconds).toBeGreaterThanOrEqual(before + 55);
		await page.clock.runFor(150_000);
		await expect(page.locator('.ps-countdown [aria-live="polite"]')).toHaveText(
			`Noch 30${nb}Sekunden für diese Runde.`,
		);
		await page.clock.runFor(31_000);
		await expect(page.getByRole('heading', { name: 'Folge Ihrer Entscheidung' })).toBeFocused();
		await expect(page.locator('.ps-chosen')).toHaveText(
			'Die Zeit war abgelaufen. Ohne Entscheidung geschah: Beobachten und am Morgen mit der Fachabteilung entscheiden',
		);
		await next(page);
		await page.getByRole('button', { name: 'Countdown abschalten' }).click();
		await expect(page.getByRole('timer')).toHaveCount(0);
		await page.clock.runFor(300_000);
		await expect(page.getByRole('heading', { name: 'Die Bestellungen liegen auf dem Tisch' })).toBeVisible();
	});

	test('trainer mode shows a facilitation note in every round', async ({ page }) => {
		await open(page, `${OTTO}?trainer=1&zeitdruck=0`);
		await expect(page.locator('.ps-intro .trainer-notiz')).toContainText('Jede Gruppe spielt auf einem eigenen Gerät.');
		await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
		await expect(page.getByRole('note', { name: 'Moderationshinweis' })).toContainText(
			'Wer darf am Sonntagabend entscheiden',
		);
		await decide(page, OTTO_PATH[0] ?? '');
		await next(page);
		await expect(page.getByRole('note', { name: 'Moderationshinweis' })).toContainText(
			'wirtschaftlich größte Entscheidung',
		);
	});

	test('prints the debrief on one page', async ({ page }) => {
		await page.addInitScript(() => {
			window.print = () => {
				(window as unknown as { printedWith?: string | undefined }).printedWith =
					document.documentElement.dataset['druck'];
			};
		});
		await open(page, `${OTTO}?zeitdruck=0`);
		await play(page, OTTO_PATH);
		await page.getByRole('button', { name: 'Auswertung drucken (eine Seite)' }).click();
		expect(await page.evaluate(() => (window as unknown as { printedWith?: string }).printedWith)).toBe('planspiel');
		await page.evaluate(() => (document.documentElement.dataset['druck'] = 'planspiel'));
		const pdf = await page.pdf({ format: 'A4' });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
		expect(pages.length, 'Seiten im PDF').toBe(1);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`passes axe in every phase (${theme})`, async ({ page }) => {
			await useTheme(page, theme);
			await open(page, `${OTTO}?zeitdruck=0&trainer=1`);
			await expectNoA11yViolations(page);
			await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
			await expectNoA11yViolations(page);
			await decide(page, OTTO_PATH[0] ?? '');
			await expectNoA11yViolations(page);
			await next(page);
			for (const label of OTTO_PATH.slice(1)) {
				await decide(page, label);
				await next(page);
			}
			await page.locator('.ps-how summary').click();
			await expectNoA11yViolations(page);
		});
	}
});

test.describe('Planspiel on a phone', () => {
	for (const width of [390, 320]) {
		test(`fits ${width} px in every phase`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await open(page, OTTO);
			await expectNoSidewaysScroll(page);
			await page.getByRole('button', { name: 'Runde 1 beginnen' }).click();
			await expectNoSidewaysScroll(page);
			await expect(page.getByRole('timer')).toBeVisible();
			for (const label of OTTO_PATH) {
				await decide(page, label);
				await expectNoSidewaysScroll(page);
				await next(page);
			}
			await page.locator('.ps-how summary').click();
			await expectNoSidewaysScroll(page);
			const code = (await page.getByTestId('gruppencode').textContent()) ?? '';
			await open(page, `/planspiel/otto/vergleich/#codes=Rot:${code},Blau:${code}`);
			await expect(page.getByRole('columnheader', { name: 'Blau' })).toBeVisible();
			await expectNoSidewaysScroll(page);
		});
	}
});

test.describe('second scenario and chapter embed', () => {
	test('the price-error scenario plays to the court’s outcome', async ({ page }) => {
		await open(page, '/planspiel/preisfehler/?zeitdruck=0');
		await play(
			page,
			[
				'Den Preis auf 928 Euro korrigieren; die eingegangenen Bestellungen laufen vorerst normal weiter',
				'Die Kopfhörer wie geplant versenden, die Smartphones zurückhalten',
				'Alle Bestellungen wegen des Preisfehlers stornieren und die Kopfhörer zurückfordern',
			].map((l) => l.replace(/(\d) Euro/g, `$1${nb}Euro`)),
		);
		await expect(page.getByRole('heading', { name: 'Auswertung: Vor Gericht verloren' })).toBeVisible();
		// 9 × (836 € − 928 € × 20 %) = 5.853,60 €, shown rounded.
		await expect(
			page.getByRole('table', { name: /Kennzahlen nach jeder/ }).getByRole('row', { name: /^Tag 14/ }),
		).toContainText(`5.854${nb}€`);
		await expect(page.getByTestId('gruppencode')).toHaveText(/^PREIS1-111-/);
	});

	test('chapter 7 embeds the Otto game', async ({ page }) => {
		await page.goto('/kapitel/krisenkommunikation-otto/?zeitdruck=0');
		const region = page.getByRole('region', { name: 'Planspiel: Die Gutscheinpanne bei Otto' });
		await region.scrollIntoViewIfNeeded();
		await expect(region.locator('astro-island')).not.toHaveAttribute('ssr', /.*/);
		await expect(region.getByRole('link', { name: 'Planspiel auf eigener Seite öffnen' })).toHaveAttribute(
			'href',
			OTTO,
		);
		await region.getByRole('button', { name: 'Runde 1 beginnen' }).click();
		await decide(page, OTTO_PATH[0] ?? '');
		await expect(region.locator('[data-indicator="legal"]')).toContainText('Veränderung: +10');
	});
});

/** Press Tab until the focused element matches the selector; fails after 40 presses. */
async function tabUntil(page: Page, selector: string): Promise<void> {
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
	}
	throw new Error(`Tab erreichte „${selector}“ nicht.`);
}
