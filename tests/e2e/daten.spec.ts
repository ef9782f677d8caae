import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Nothing a reader entered is ever lost: over-long input, unreadable stores, data from a newer
 * version of the site and a second tab (issue #10, „Data is never lost“).
 */

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const backupKeys = (page: Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('smp:sicherung:')));

/** Seed localStorage once (not again on reload) before any page script runs. */
async function seed(page: Page, entries: Record<string, string>): Promise<void> {
	await page.addInitScript((values) => {
		if (sessionStorage.getItem('seeded')) return;
		for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
		sessionStorage.setItem('seeded', '1');
	}, entries);
}

test('100.001 Zeichen in „Ziele“: the field keeps them, nothing is lost, no persona is deleted', async ({ page }) => {
	await page.goto('/rechner/persona/');
	await page.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
	await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
	await page.getByLabel('Name der Persona').fill('Anna');
	await page
		.getByRole('navigation', { name: 'Schritte des Baukastens' })
		.getByRole('button', { name: /^Ziele/ })
		.click();
	const goals = page.getByLabel('Ziele', { exact: true });
	await goals.fill('Mehr Zeit für Kundschaft.');
	const huge = 'x'.repeat(100_001);
	await goals.fill(huge);
	await expect(goals).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText(/^Nicht gespeichert: höchstens 1\.200 Zeichen, derzeit 100\.001\./)).toBeVisible();
	expect(await goals.inputValue()).toHaveLength(100_001);
	const saved = JSON.parse((await stored(page, 'smp:personas')) ?? '{}') as { data: { name: string; goals: string }[] };
	expect(saved.data.map((p) => [p.name, p.goals.length])).toEqual([
		['Jürgen, der Oldtimer-Fahrer', expect.any(Number)],
		['Anna', 'Mehr Zeit für Kundschaft.'.length],
	]);

	// The next load and the posting-time calculator (which reads the personas) keep both personas.
	await page.goto('/rechner/posting-zeiten/');
	await page.goto('/rechner/persona/');
	await expect(page.getByLabel('Persona zum Bearbeiten').locator('option')).toHaveCount(2);
	await expect(page.getByRole('alert').filter({ hasText: 'Personas' })).toHaveCount(0);
});

test('personas saved with an over-long text by the old version load, and their export imports again', async ({
	page,
}) => {
	// What the bug left behind: a persona whose „Ziele“ hold 100.001 characters.
	await page.goto('/rechner/persona/');
	await page.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
	const list = JSON.parse((await stored(page, 'smp:personas')) ?? '{}') as {
		v: number;
		data: Record<string, unknown>[];
	};
	list.data[0] = { ...list.data[0], goals: 'x'.repeat(100_001) };
	await page.evaluate((value) => localStorage.setItem('smp:personas', value), JSON.stringify(list));
	await page.reload();
	await expect(page.getByLabel('Persona zum Bearbeiten').locator('option')).toHaveText(['Jürgen, der Oldtimer-Fahrer']);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Alle Personas als JSON speichern' }).click();
	const file = await (await download).path();
	await page.getByLabel('Personas aus JSON-Datei importieren').setInputFiles(file);
	await expect(page.getByRole('status').filter({ hasText: 'Eine Persona wurde importiert.' })).toBeVisible();
	await expect(page.getByLabel('Persona zum Bearbeiten').locator('option')).toHaveCount(2);
});

test('personas from a newer version stay untouched; the page says so and saves nothing over them', async ({ page }) => {
	const newer = JSON.stringify({ v: 99, data: [{ id: 'zukunft', name: 'Aus der Zukunft', neuesFeld: true }] });
	await seed(page, { 'smp:personas': newer });
	await page.goto('/rechner/persona/');
	const notice = page.getByRole('alert').filter({ hasText: 'Personas: aus einer neueren Version' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('bleiben unverändert stehen');
	await page.getByRole('button', { name: 'Neue B2C-Persona' }).click();
	await page.getByLabel('Name der Persona').fill('Nur für jetzt');
	await page.reload();
	expect(await stored(page, 'smp:personas')).toBe(newer);
	expect(await backupKeys(page)).toEqual([]);
});

test('an unreadable store on a reading page stays untouched until „Datenschutz“ backs it up for download', async ({
	page,
}) => {
	await seed(page, { 'smp:progress': '{kaputt' });
	await page.goto('/kapitel/echtzeit/');
	const notice = page.getByRole('alert').filter({ hasText: 'Lernfortschritt: nicht lesbar' });
	await expect(notice).toBeVisible();
	expect(await stored(page, 'smp:progress')).toBe('{kaputt');
	await notice.getByRole('link', { name: 'Daten jetzt sichern' }).click();

	await expect(page).toHaveURL(/\/datenschutz\/#sicherungen$/);
	const backups = page.getByRole('list', { name: 'Sicherungen' });
	await expect(backups.getByRole('listitem')).toHaveCount(1);
	await expect(backups).toContainText('Lernfortschritt, gesichert am');
	await expect(backups).toContainText('kein gültiges JSON');
	expect(await stored(page, 'smp:progress')).toBe('{"v":1,"data":{"chapters":[],"exercises":[]}}');

	const download = page.waitForEvent('download');
	await backups.getByRole('button', { name: /^Sicherung „Lernfortschritt“ vom .* herunterladen$/ }).click();
	const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { key: string; raw: string };
	expect(file).toMatchObject({ key: 'smp:progress', raw: '{kaputt' });

	// Loading the chapter again shows no notice: the repaired value is stored, the original is safe.
	await page.goto('/kapitel/echtzeit/');
	await expect(page.getByRole('alert').filter({ hasText: 'Lernfortschritt' })).toHaveCount(0);
	await page.goto('/datenschutz/');
	const list = page.getByRole('list', { name: 'Sicherungen' });
	await list.getByRole('button', { name: /^Sicherung „Lernfortschritt“ vom .* löschen$/ }).click();
	await list.getByRole('button', { name: 'Ja, Sicherung löschen' }).click();
	await expect(page.getByText('Es gibt keine Sicherungen.')).toBeVisible();
	expect(await backupKeys(page)).toEqual([]);
});

test('a change in one tab reaches the other, and its next change keeps it', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/rechner/persona/');
	await second.goto('/rechner/persona/');
	await first.getByRole('button', { name: 'Beispiel: Oldtimer-Fahrer' }).click();
	await expect(second.getByLabel('Persona zum Bearbeiten').locator('option')).toHaveText([
		'Jürgen, der Oldtimer-Fahrer',
	]);
	await second.getByRole('button', { name: 'Neue B2C-Persona' }).click();
	await expect(first.getByLabel('Persona zum Bearbeiten').locator('option')).toHaveCount(2);
	const names = JSON.parse((await stored(first, 'smp:personas')) ?? '{}') as { data: { name: string }[] };
	expect(names.data.map((p) => p.name)).toEqual(['Jürgen, der Oldtimer-Fahrer', 'Neue Persona']);
});
