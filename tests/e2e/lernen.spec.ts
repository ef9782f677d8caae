import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoA11yViolations, useTheme } from './fixtures';

/**
 * Learning features after the page has loaded: quiz, trainer mode, progress, the exercise list
 * and its worksheet print. Content is read from content/ so the tests follow whatever the
 * chapter writers wrote instead of hard-coding questions.
 */

interface QuizInfo {
	slug: string;
	/** Per question: type and which options are correct, in file order. */
	questions: { type: string; correct: boolean[] }[];
}

/** Just enough YAML reading for content/quiz/*.yaml (the schema fixes the shape). */
function readQuiz(slug: string): QuizInfo {
	const text = readFileSync(`content/quiz/${slug}.yaml`, 'utf8');
	const blocks = text.split(/^\s*- id:/m).slice(1);
	return {
		slug,
		questions: blocks.map((block) => ({
			type: /^\s*type:\s*(\w+)/m.exec(block)?.[1] ?? 'single',
			correct: [...block.matchAll(/^\s*correct:\s*(true|false)/gm)].map((m) => m[1] === 'true'),
		})),
	};
}

const quizSlugs = readdirSync('content/quiz')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));
const quiz = readQuiz(quizSlugs.includes('echtzeit') ? 'echtzeit' : (quizSlugs[0] ?? 'echtzeit'));

/** A chapter whose exercises contain both a solution and a trainer note. */
const trainerChapter =
	readdirSync('content/aufgaben').find((dir) =>
		readdirSync(`content/aufgaben/${dir}`).some((f) => {
			const body = readFileSync(`content/aufgaben/${dir}/${f}`, 'utf8');
			return body.includes('<Loesung>') && body.includes('<TrainerNotiz>');
		}),
	) ?? 'echtzeit';

async function openQuiz(page: Page, slug = quiz.slug): Promise<Locator> {
	await page.goto(`/kapitel/${slug}/`);
	const heading = page.getByRole('heading', { name: 'Quiz', level: 2, exact: true });
	await heading.scrollIntoViewIfNeeded();
	// client:visible: the island hydrates once it is on screen; Astro then drops the `ssr` flag.
	// Only the quiz's island: a chapter may embed calculators whose fieldsets are groups too.
	await expect(
		page.locator('astro-island').filter({ has: page.getByRole('group', { name: /^Frage \d+ von / }) }),
	).not.toHaveAttribute('ssr');
	return page.locator('section.quiz');
}

function question(quizSection: Locator, n: number): Locator {
	return quizSection.getByRole('group', { name: new RegExp(`^Frage ${n} von `) });
}

function options(group: Locator, type: string): Locator {
	return group.getByRole(type === 'single' ? 'radio' : 'checkbox');
}

test.describe('quiz', () => {
	test('loads its JavaScript only when scrolled into view', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(`/kapitel/${quiz.slug}/`);
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((u) => /QuizIsland|preact/.test(u))).toEqual([]);
		await openQuiz(page);
		expect(scripts.some((u) => /QuizIsland/.test(u))).toBe(true);
	});

	test('a right and a wrong answer get feedback, stay locked and survive a reload', async ({ page }) => {
		const [first, second] = quiz.questions;
		if (!first || !second) throw new Error('Das Quiz braucht mindestens zwei Fragen.');
		const total = quiz.questions.length;
		let section = await openQuiz(page);

		// Question 1: exactly the correct options.
		let q1 = question(section, 1);
		for (const [i, right] of first.correct.entries()) if (right) await options(q1, first.type).nth(i).check();
		await q1.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(q1.getByText('Richtig.', { exact: true })).toBeVisible();
		await expect(section.getByRole('status')).toContainText('Frage 1: Richtig.');

		// Question 2: a wrong option; the right answer is shown with the explanation.
		let q2 = question(section, 2);
		const wrong = second.correct.indexOf(false);
		await options(q2, second.type).nth(wrong).check();
		await q2.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(q2.getByText('Leider nicht richtig.', { exact: true })).toBeVisible();
		await expect(q2.getByText(/^Richtige Antwort(en)?:$/)).toBeVisible();
		await expect(options(q2, second.type).first()).toBeDisabled();
		await expect(section.getByRole('status')).toContainText('Frage 2: Leider nicht richtig.');
		await expect(section.getByText(`1 von ${total} Fragen richtig beantwortet`)).toBeVisible();

		// A locked question ignores a second try (the button stays focusable, so it is only aria-disabled).
		const locked = q2.getByRole('button', { name: 'Beantwortet' });
		await expect(locked).toHaveAttribute('aria-disabled', 'true');
		await locked.click({ force: true });
		await expect(q2.getByText('Leider nicht richtig.', { exact: true })).toBeVisible();

		await page.reload();
		section = await openQuiz(page);
		q1 = question(section, 1);
		q2 = question(section, 2);
		await expect(q1.getByText('Richtig.', { exact: true })).toBeVisible();
		await expect(q2.getByText('Leider nicht richtig.', { exact: true })).toBeVisible();
		await expect(options(q2, second.type).nth(wrong)).toBeChecked();
		await expect(options(q1, first.type).first()).toBeDisabled();
		await expect(section.getByText(`2 von ${total} Fragen beantwortet`)).toBeVisible();

		// Reset opens every question again.
		await section.getByRole('button', { name: 'Quiz zurücksetzen' }).click();
		await expect(options(q1, first.type).first()).toBeEnabled();
		await expect(q1.getByText('Richtig.', { exact: true })).toHaveCount(0);
		await expect(section.getByText(`0 von ${total} Fragen richtig beantwortet`)).toBeVisible();
	});

	test('asks for a choice before checking', async ({ page }) => {
		const section = await openQuiz(page);
		const q1 = question(section, 1);
		await q1.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(q1.getByText('Bitte wählen Sie zuerst eine Antwort aus.')).toBeVisible();
		await expect(options(q1, quiz.questions[0]?.type ?? 'single').first()).toBeEnabled();
	});

	test('works with the keyboard only', async ({ page }) => {
		const index = quiz.questions.findIndex((q) => q.type === 'single');
		test.skip(index < 0, 'Das Quiz hat keine Single-Choice-Frage.');
		const section = await openQuiz(page);
		const group = question(section, index + 1);
		const radios = options(group, 'single');
		await radios.first().focus();
		await page.keyboard.press('Space');
		await expect(radios.first()).toBeChecked();
		await page.keyboard.press('ArrowDown');
		await expect(radios.nth(1)).toBeChecked();
		await page.keyboard.press('Tab');
		await expect(group.getByRole('button', { name: 'Antwort prüfen' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(group.getByText(/^(Richtig\.|Leider nicht richtig\.)$/)).toBeVisible();
		await expect(group.getByRole('button', { name: 'Beantwortet' })).toBeFocused();
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`answered quiz has no axe violations (${theme})`, async ({ page }) => {
			await useTheme(page, theme);
			const section = await openQuiz(page);
			const [first, second] = quiz.questions;
			for (const [n, q] of [first, second].entries()) {
				if (!q) continue;
				const group = question(section, n + 1);
				await options(group, q.type)
					.nth(n === 0 ? q.correct.indexOf(true) : q.correct.indexOf(false))
					.check();
				await group.getByRole('button', { name: 'Antwort prüfen' }).click();
			}
			await expect(question(section, 2).getByText('Leider nicht richtig.', { exact: true })).toBeVisible();
			await expectNoA11yViolations(page);
		});
	}
});

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
