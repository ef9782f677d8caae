import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { mainQuiz } from './quiz-content';

/**
 * Learning features after the page has loaded: trainer mode, progress, the exercise list and its
 * worksheet print (the quiz has its own spec, quiz.spec.ts). Content is read from content/ so the
 * tests follow whatever the chapter writers wrote instead of hard-coding it.
 */

const quiz = mainQuiz();

/** A chapter whose exercises contain both a solution and a trainer note. */
const trainerChapter =
	readdirSync('content/aufgaben').find((dir) =>
		readdirSync(`content/aufgaben/${dir}`).some((f) => {
			const body = readFileSync(`content/aufgaben/${dir}/${f}`, 'utf8');
			return body.includes('<Loesung>') && body.includes('<TrainerNotiz>');
		}),
	) ?? 'echtzeit';

test.describe('trainer mode', () => {
	test('the switch shows and hides solutions and trainer notes, and is remembered', async ({ page }) => {
		await page.goto(`/kapitel/${trainerChapter}/`);
		const exercises = page.getByRole('region', { name: 'Übungen' });
		const note = exercises.getByRole('note', { name: 'Hinweis für Trainerinnen und Trainer' }).first();
		const solution = exercises.locator('details[data-loesung]').first();
		await expect(note).toBeHidden();
		await expect(solution).not.toHaveAttribute('open');

		const toggle = page.getByRole('button', { name: 'Trainermodus' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(note).toBeVisible();
		await expect(solution).toHaveAttribute('open');
		await expect(solution.getByText('Lösung ausblenden')).toBeVisible();

		await page.reload();
		await expect(page.getByRole('button', { name: 'Trainermodus' })).toHaveAttribute('aria-pressed', 'true');
		await expect(note).toBeVisible();

		await page.getByRole('button', { name: 'Trainermodus' }).click();
		await expect(note).toBeHidden();
		await expect(solution).not.toHaveAttribute('open');
	});

	test('a learner can open a solution without trainer mode', async ({ page }) => {
		await page.goto(`/kapitel/${trainerChapter}/`);
		const solution = page.getByRole('region', { name: 'Übungen' }).locator('details[data-loesung]').first();
		await solution.getByText('Lösung anzeigen').click();
		await expect(solution).toHaveAttribute('open');
		await expect(solution.getByText('Lösung ausblenden')).toBeVisible();
	});

	test('?trainer=1 switches it on for a projector and ?trainer=0 off', async ({ page }) => {
		await page.goto(`/kapitel/${trainerChapter}/?trainer=1`);
		await expect(page.locator('html')).toHaveAttribute('data-trainer', 'on');
		await expect(page.getByRole('button', { name: 'Trainermodus' })).toHaveAttribute('aria-pressed', 'true');
		await page.goto('/uebungen/');
		await expect(page.locator('html')).toHaveAttribute('data-trainer', 'on');
		await page.goto('/uebungen/?trainer=0');
		await expect(page.locator('html')).toHaveAttribute('data-trainer', 'off');
		await expect(page.getByRole('button', { name: 'Trainermodus' })).toHaveAttribute('aria-pressed', 'false');
	});
});

test.describe('progress', () => {
	test('a chapter marked as done and a ticked exercise show on the start page', async ({ page }) => {
		await page.goto(`/kapitel/${quiz.slug}/`);
		const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
		await page.getByRole('button', { name: 'Kapitel als erledigt markieren' }).click();
		const undo = page.getByRole('button', { name: 'Erledigt – zurücknehmen' });
		await expect(undo).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('checkbox', { name: /^Erledigt – Aufgabe \d+\.1$/ }).check();

		await page.goto('/');
		await expect(page.getByText(/^1 von \d+ Kapiteln erledigt$/)).toBeVisible();
		await expect(page.getByText(/^1 von \d+ Aufgaben abgehakt$/)).toBeVisible();
		await expect(page.getByRole('progressbar', { name: /1 von \d+ Kapiteln erledigt/ })).toHaveAttribute('value', '1');
		const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
		await expect(card.first()).toContainText('(erledigt)');

		// Reset asks first; „Abbrechen“ keeps everything.
		await page.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Fortschritt zurücksetzen?' });
		await dialog.getByRole('button', { name: 'Abbrechen' }).click();
		await expect(page.getByText(/^1 von \d+ Kapiteln erledigt$/)).toBeVisible();
		await page.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
		await dialog.getByRole('button', { name: 'Ja, zurücksetzen' }).click();
		await expect(page.getByText(/^0 von \d+ Kapiteln erledigt$/)).toBeVisible();
		await expect(page.getByText('Der Fortschritt wurde zurückgesetzt.')).toBeVisible();
	});

	test('corrupt stored progress is reported and reset', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('smp:progress', '{"v":1,"data":{"chapters":"alles"}}'));
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('Lernfortschritt');
		await expect(page.getByText(/^0 von \d+ Kapiteln erledigt$/)).toBeVisible();
	});
});

test.describe('exercise list and worksheet', () => {
	test('filters by chapter and kind, kept in the address', async ({ page }) => {
		await page.goto('/uebungen/');
		const all = await page.getByRole('article').count();
		await expect(page.getByRole('status').filter({ hasText: 'angezeigt' })).toHaveText(`${all} Aufgaben angezeigt`);
		const filter = page.getByRole('form', { name: 'Aufgaben filtern' });
		await filter.getByLabel('Kapitel').selectOption(quiz.slug);
		const shown = page.getByRole('article');
		await expect(page).toHaveURL(new RegExp(`kapitel=${quiz.slug}`));
		const count = await shown.count();
		expect(count).toBeGreaterThan(0);
		expect(count).toBeLessThan(all);
		await page.reload();
		await expect(filter.getByLabel('Kapitel')).toHaveValue(quiz.slug);
		await expect(page.getByRole('article')).toHaveCount(count);
		await filter.getByLabel('Aufgabenart').selectOption({ label: 'Gruppenarbeit' });
		for (const article of await page.getByRole('article').all()) await expect(article).toContainText('Gruppenarbeit');
	});

	test('prints as a worksheet with answer lines and without navigation or solutions', async ({ page }) => {
		await page.goto('/uebungen/');
		await expect(page.getByRole('button', { name: 'Als Arbeitsblatt drucken' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByText('Antwort:', { exact: true }).first()).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Als Arbeitsblatt drucken' })).toBeHidden();
		await expect(page.getByText('Lösung anzeigen').first()).toBeHidden();
		await expect(page.getByText('Hinweis für Trainerinnen und Trainer').first()).toBeHidden();
	});

	test('prints the answer key in trainer mode', async ({ page }) => {
		await page.goto('/uebungen/?trainer=1');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByText('Lösung', { exact: true }).first()).toBeVisible();
		await expect(page.getByText('Hinweis für Trainerinnen und Trainer').first()).toBeVisible();
		await expect(page.getByText('Antwort:', { exact: true }).first()).toBeHidden();
	});
});

// axe over /uebungen/, /seminar/ and /drucken/ runs in the sweep (sweep.spec.ts), light and dark.
test.describe('seminar plan', () => {
	test('seminar plans reference exercises that exist', async ({ page }) => {
		await page.goto('/seminar/');
		const links = page.getByRole('table').getByRole('link', { name: /^Aufgabe \d+\.\d+:/ });
		expect(await links.count()).toBeGreaterThan(0);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
			const [path, anchor] = href.split('#');
			const response = await page.request.get(path ?? '/');
			expect(response.ok()).toBe(true);
			expect(await response.text()).toContain(`id="${anchor}"`);
		}
	});
});
