import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { test, expect, expectNoA11yViolations, settled, useTheme } from './fixtures';
import {
	displayedOrder,
	escapeRegExp,
	firstOfKind,
	mainQuiz,
	openQuiz,
	option,
	questionGroup,
	readQuizzes,
	storedSeed,
	type QuizItem,
} from './quiz-content';

/**
 * The quiz after the page has loaded: shuffled per learner and attempt, locked answers that
 * survive a reload, every question kind by keyboard, the trainer's key and the exports. All
 * questions come from content/quiz/*.yaml; nothing depends on a wording or a file position.
 */
const quizzes = readQuizzes();
const quiz = mainQuiz(quizzes);
const choice = (kind: 'single' | 'multiple') => quiz.questions.find((q) => q.type === kind);
const rightTexts = (q: QuizItem) => (q.options ?? []).filter((o) => o.correct).map((o) => o.text);
const wrongText = (q: QuizItem) => (q.options ?? []).find((o) => !o.correct)?.text ?? '';

test.describe('quiz engine', () => {
	test('loads its JavaScript only when scrolled into view', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(`/kapitel/${quiz.slug}/`);
		await settled(page);
		await expect(page.locator('section.quiz astro-island')).toHaveAttribute('ssr', '');
		expect(scripts.filter((u) => /QuizIsland|preact/.test(u))).toEqual([]);
		await openQuiz(page, quiz.slug);
		expect(scripts.some((u) => /QuizIsland/.test(u))).toBe(true);
	});

	test('two fresh learners get their own seeds and see different orders', async ({ browser }) => {
		const orders: string[][] = [];
		const seeds: (number | undefined)[] = [];
		for (let i = 0; i < 2; i++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const section = await openQuiz(page, quiz.slug);
			orders.push(await displayedOrder(section));
			seeds.push(await storedSeed(page, quiz.slug));
			// Letters follow the displayed order: A), B), C) … in every choice question.
			for (const set of await section.locator('.quiz-optionen').all()) {
				const letters = await set.locator('.option-buchstabe').allTextContents();
				expect(letters).toEqual(letters.map((_, n) => `${String.fromCharCode(65 + n)})`));
			}
			await context.close();
		}
		expect(typeof seeds[0]).toBe('number');
		expect(seeds[0]).not.toBe(seeds[1]);
		expect(orders[0]).toHaveLength(quiz.questions.length);
		expect(orders[0]).not.toEqual(orders[1]);
	});

	test('a reload keeps the order and the answers; a reset shuffles anew', async ({ page }) => {
		test.slow();
		const single = choice('single');
		test.skip(!single, 'Das Quiz hat keine Single-Choice-Frage.');
		if (!single) return;
		let section = await openQuiz(page, quiz.slug);
		const before = await displayedOrder(section);
		const seed = await storedSeed(page, quiz.slug);
		let group = questionGroup(section, single);
		await option(group, single, rightTexts(single)[0] ?? '').check();
		await group.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(group.getByText('Richtig.', { exact: true })).toBeVisible();

		await page.reload();
		section = await openQuiz(page, quiz.slug);
		expect(await displayedOrder(section)).toEqual(before);
		expect(await storedSeed(page, quiz.slug)).toBe(seed);
		group = questionGroup(section, single);
		await expect(group.getByText('Richtig.', { exact: true })).toBeVisible();
		await expect(option(group, single, rightTexts(single)[0] ?? '')).toBeChecked();
		await expect(option(group, single, rightTexts(single)[0] ?? '')).toBeDisabled();

		await section.getByRole('button', { name: 'Quiz zurücksetzen' }).click();
		await expect(group.getByText('Richtig.', { exact: true })).toHaveCount(0);
		await expect.poll(() => storedSeed(page, quiz.slug)).not.toBe(seed);
		expect(await displayedOrder(section)).not.toEqual(before);
	});

	test('a wrong answer shows the right one with its letter and the explanation', async ({ page }) => {
		const q = choice('single') ?? choice('multiple');
		if (!q) throw new Error('Das Quiz braucht eine Auswahlfrage.');
		const section = await openQuiz(page, quiz.slug);
		const group = questionGroup(section, q);
		await group.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(group.getByText(/^Bitte wählen Sie zuerst eine Antwort aus\.$/)).toBeVisible();
		await option(group, q, wrongText(q)).check();
		await group.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(group.getByText('Leider nicht richtig.', { exact: true })).toBeVisible();
		for (const text of rightTexts(q)) {
			await expect(
				group.locator('.quiz-loesung li').filter({ hasText: new RegExp(`^[A-F]\\) ${escapeRegExp(text)}$`) }),
			).toHaveCount(1);
		}
		await expect(section.getByRole('status')).toContainText('Leider nicht richtig.');
		const locked = group.getByRole('button', { name: 'Beantwortet' });
		await expect(locked).toHaveAttribute('aria-disabled', 'true');
	});

	test('a single-choice question works with the keyboard only', async ({ page }) => {
		const single = choice('single');
		test.skip(!single, 'Das Quiz hat keine Single-Choice-Frage.');
		if (!single) return;
		const section = await openQuiz(page, quiz.slug);
		const group = questionGroup(section, single);
		const radios = group.getByRole('radio');
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
		test(`an answered quiz has no axe violations (${theme})`, async ({ page }) => {
			// A long chapter with embedded calculators: axe needs its time on a busy machine.
			test.slow();
			await useTheme(page, theme);
			const section = await openQuiz(page, quiz.slug);
			for (const q of quiz.questions.filter((q) => q.type === 'single' || q.type === 'multiple').slice(0, 2)) {
				const group = questionGroup(section, q);
				await option(group, q, wrongText(q)).check();
				await group.getByRole('button', { name: 'Antwort prüfen' }).click();
				await expect(group.getByText('Leider nicht richtig.', { exact: true })).toBeVisible();
			}
			await expectNoA11yViolations(page);
		});
	}
});

test.describe('question kinds by keyboard', () => {
	test('numeric: a clear message for bad input, the decimal comma for the answer', async ({ page }) => {
		const found = firstOfKind('numeric', quizzes);
		test.skip(!found, 'Noch keine Rechenfrage im Inhalt.');
		if (!found) return;
		const { slug, question: q } = found;
		const section = await openQuiz(page, slug);
		const group = questionGroup(section, q);
		const field = group.getByRole('textbox', { name: 'Ihre Antwort' });
		await field.focus();
		await page.keyboard.type('zwölf');
		await page.keyboard.press('Enter');
		await expect(group.getByText('„zwölf“ ist keine Zahl. Beispiel: 12,5')).toBeVisible();
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveValue('zwölf');
		await field.fill('');
		await page.keyboard.type(String(q.answer).replace('.', ','));
		await page.keyboard.press('Enter');
		await expect(group.getByText('Richtig.', { exact: true })).toBeVisible();
		await expect(section.getByRole('status')).toContainText('Richtig.');
	});

	test('ordering: move items with buttons, each move announced', async ({ page }) => {
		const found = firstOfKind('ordering', quizzes);
		test.skip(!found, 'Noch keine Reihenfolge-Frage im Inhalt.');
		if (!found) return;
		const { slug, question: q } = found;
		const items = q.items ?? [];
		const section = await openQuiz(page, slug);
		const group = questionGroup(section, q);
		const current = () => group.locator('.quiz-reihe .reihe-text').allTextContents();
		expect(await current()).not.toEqual(items);
		// Bring each item up to its place with „Nach oben“ and Enter; focus stays on the button.
		for (const [target, item] of items.entries()) {
			const from = (await current()).indexOf(item);
			const up = group.getByRole('button', { name: `Nach oben: „${item}“` });
			await up.focus();
			for (let step = from; step > target; step--) await page.keyboard.press('Enter');
			if (from > target) {
				await expect(section.getByRole('status')).toHaveText(
					`„${item}“ steht jetzt an Position ${target + 1} von ${items.length}.`,
				);
				await expect(up).toBeFocused();
			}
		}
		expect(await current()).toEqual(items);
		await group.getByRole('button', { name: 'Antwort prüfen' }).focus();
		await page.keyboard.press('Enter');
		await expect(group.getByText('Richtig.', { exact: true })).toBeVisible();
	});

	test('matching: one select per item, chosen by keyboard', async ({ page }) => {
		const found = firstOfKind('matching', quizzes);
		test.skip(!found, 'Noch keine Zuordnungsfrage im Inhalt.');
		if (!found) return;
		const { slug, question: q } = found;
		const section = await openQuiz(page, slug);
		const group = questionGroup(section, q);
		await group.getByRole('button', { name: 'Antwort prüfen' }).click();
		await expect(group.getByText('Bitte wählen Sie zu jedem Eintrag einen Partner aus.')).toBeVisible();
		for (const pair of q.pairs ?? []) {
			const select = group.getByRole('combobox', { name: pair.left, exact: true });
			await select.focus();
			// Arrow keys change a closed select in Chromium; step until the partner is chosen.
			for (let i = 0; i <= (q.pairs?.length ?? 0); i++) {
				const chosen = await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
				if (chosen === pair.right) break;
				await page.keyboard.press('ArrowDown');
			}
			await expect(select.locator('option:checked')).toHaveText(pair.right);
		}
		await group.getByRole('button', { name: 'Antwort prüfen' }).focus();
		await page.keyboard.press('Enter');
		await expect(group.getByText('Richtig.', { exact: true })).toBeVisible();
	});
});

test.describe('trainer key and exports', () => {
	test('trainer mode shows the key in file order with the right answers marked', async ({ page }) => {
		await page.goto(`/kapitel/${quiz.slug}/?trainer=1`);
		const key = page.getByRole('region', { name: 'Lösungsschlüssel' });
		await expect(key).toBeVisible();
		await expect(page.locator('section.quiz .quiz-inhalt')).toBeHidden();
		const entries = key.locator('ol.schluessel-fragen > li');
		await expect(entries).toHaveCount(quiz.questions.length);
		for (const [n, q] of quiz.questions.entries()) {
			const entry = entries.nth(n);
			await expect(entry.locator('.schluessel-frage')).toHaveText(q.question);
			if (q.type !== 'single' && q.type !== 'multiple') continue;
			const options = entry.locator('.schluessel-optionen > li');
			for (const [i, o] of (q.options ?? []).entries()) {
				await expect(options.nth(i)).toContainText(`${String.fromCharCode(65 + i)}) ${o.text}`);
				await expect(options.nth(i).getByText('(richtige Antwort)')).toHaveCount(o.correct ? 1 : 0);
			}
		}
		// The key is what gets printed in trainer mode.
		await page.emulateMedia({ media: 'print' });
		await expect(key).toBeVisible();
		await page.goto(`/kapitel/${quiz.slug}/?trainer=0`);
		await expect(page.getByRole('region', { name: 'Lösungsschlüssel' })).toBeHidden();
	});

	test('the export links download files that parse', async ({ page }) => {
		const total = quizzes.reduce((n, q) => n + q.questions.length, 0);
		await page.goto('/seminar/');
		const table = page.getByRole('table', { name: 'Quiz-Dateien zum Herunterladen' });
		const download = async (name: RegExp) => {
			const [file] = await Promise.all([page.waitForEvent('download'), table.getByRole('link', { name }).click()]);
			return readFileSync((await file.path()) ?? '', 'utf8');
		};
		const xml = await download(/^alle\.xml/);
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'question' }).parse(xml) as {
			quiz: { question: { '@_type': string }[] };
		};
		const types = parsed.quiz.question.map((q) => q['@_type']);
		expect(types.filter((t) => t === 'category')).toHaveLength(quizzes.length);
		expect(types.filter((t) => t !== 'category')).toHaveLength(total);
		const gift = await download(/^alle\.gift\.txt/);
		expect(parseGift(gift).filter((q) => (q.type as string) !== 'Category')).toHaveLength(total);

		// Every chapter links its own files in trainer mode.
		await page.goto(`/kapitel/${quiz.slug}/?trainer=1`);
		const key = page.getByRole('region', { name: 'Lösungsschlüssel' });
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			key.getByRole('link', { name: 'Moodle-XML' }).click(),
		]);
		const chapterXml = readFileSync((await file.path()) ?? '', 'utf8');
		expect(XMLValidator.validate(chapterXml)).toBe(true);
		expect(chapterXml.match(/<question type="(?!category)/g)).toHaveLength(quiz.questions.length);
	});
});
