import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, expectNoA11yViolations, settled, useTheme } from './fixtures';

/**
 * The slide decks on the built site: keyboard and remote, fragment, answer slides, speaker view,
 * timer, blank screen, swipe, calculator and back, handout print – and for every slide of every
 * deck: nothing overflows the 1280×720 canvas, body text is at least 28 px, axe finds nothing in
 * the light and the dark theme. Content is read from content/ so the tests follow the chapters.
 */

const decks = readdirSync('content/kapitel')
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => f.replace(/\.mdx$/, ''));
const deck = decks.includes('echtzeit') ? 'echtzeit' : (decks[0] ?? 'echtzeit');

interface QuizFile {
	questions: { type: string; question: string; explanation: string }[];
}
const quiz = parse(readFileSync(`content/quiz/${deck}.yaml`, 'utf8')) as QuizFile;

const active = (page: Page) => page.locator('.folie.aktiv');
const slideNumber = async (page: Page) => Number(await active(page).getAttribute('data-folie'));

async function openDeck(page: Page, hash = ''): Promise<void> {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto(`/folien/${deck}/${hash}`);
	await expect(page.locator('[data-buehne].bereit')).toBeAttached();
}

/** The number of the first slide of a kind, read from the built page. */
async function firstOfKind(page: Page, kind: string): Promise<number> {
	return Number(await page.locator(`.folie[data-art="${kind}"]`).first().getAttribute('data-folie'));
}

test.describe('presenting a deck', () => {
	test('advances and goes back by keyboard and remote keys, jumps by number, announces the slide', async ({ page }) => {
		await openDeck(page);
		const total = await page.locator('.folie').count();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await slideNumber(page)).toBe(1);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#2$/);
		await expect(page.getByRole('region', { name: new RegExp(`^Folie 2 von ${total}`) })).toBeVisible();
		await expect(page.locator('[data-ansage]')).toHaveText(new RegExp(`^Folie 2 von ${total}: `));
		await page.keyboard.press('PageDown');
		await page.keyboard.press('Space');
		expect(await slideNumber(page)).toBe(4);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('PageUp');
		expect(await slideNumber(page)).toBe(2);
		await page.keyboard.press('End');
		expect(await slideNumber(page)).toBe(total);
		await page.keyboard.press('Home');
		expect(await slideNumber(page)).toBe(1);
		await page.keyboard.type('12');
		await expect(page.locator('[data-sprung]')).toHaveText('Gehe zu Folie: 12');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#12$/);
		expect(await slideNumber(page)).toBe(12);
		await expect(page.locator('[data-sprung]')).toBeHidden();
		// Only the current slide is shown (and exposed to assistive technology).
		await expect(page.locator('.folie:visible')).toHaveCount(1);
	});

	test('keeps the slide in the URL fragment across a reload', async ({ page }) => {
		await openDeck(page, '#5');
		expect(await slideNumber(page)).toBe(5);
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/#6$/);
		await page.reload();
		await expect(page.locator('[data-buehne].bereit')).toBeAttached();
		expect(await slideNumber(page)).toBe(6);
	});

	test('reveals the answer and the explanation of a question on the next key press', async ({ page }) => {
		await openDeck(page);
		const first = quiz.questions[0];
		if (!first) throw new Error('Das Quiz hat keine Fragen.');
		const n = await firstOfKind(page, 'frage');
		await page.keyboard.type(String(n));
		await page.keyboard.press('Enter');
		const explanationStart = first.explanation.slice(0, 30);
		await expect(active(page).locator('.folie-eyebrow')).toContainText('Frage an die Gruppe');
		await expect(active(page).getByRole('heading')).toContainText(first.question.slice(0, 30));
		// The answer rides along hidden for the speaker view; on screen it must not be.
		await expect(active(page)).not.toContainText(explanationStart, { useInnerText: true });
		await page.keyboard.press('ArrowRight');
		await expect(active(page)).toHaveAttribute('data-art', 'aufloesung');
		await expect(active(page)).toContainText(/Richtig (ist|sind)|Richtige (Reihenfolge|Zuordnung)/);
		await expect(active(page)).toContainText(explanationStart);
	});

	test('counts down the timer with the task’s minutes, and blanks the screen', async ({ page }) => {
		// Fake time that stands still between steps, so that a busy machine cannot add seconds.
		await page.clock.install({ time: new Date('2026-12-05T09:00:00') });
		await openDeck(page);
		await page.clock.pauseAt(new Date('2026-12-05T09:05:00'));
		const n = await firstOfKind(page, 'aufgabe');
		const minutes = Number(await page.locator(`.folie[data-folie="${n}"]`).getAttribute('data-minuten'));
		await page.keyboard.type(String(n));
		await page.keyboard.press('Enter');
		const timer = page.locator('[data-timer-anzeige]');
		await expect(timer).toBeHidden();
		await page.keyboard.press('t');
		// The expected display written out here, not with the deck's own formatter: „mm:ss“, from one
		// hour on „h:mm:ss“.
		const clock = (m: number, sec: number) => {
			const two = (v: number) => String(v).padStart(2, '0');
			return m >= 60 ? `${Math.floor(m / 60)}:${two(m % 60)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
		};
		await expect(timer).toHaveText(clock(minutes, 0));
		await page.clock.runFor(61_000);
		await expect(timer).toHaveText(clock(minutes - 2, 59));
		await page.keyboard.press('t'); // pause
		await page.clock.runFor(120_000);
		await expect(timer).toHaveText(clock(minutes - 2, 59));
		await page.keyboard.press('+');
		await expect(timer).toHaveText(clock(minutes - 1, 59));
		await page.keyboard.press('t');
		await page.clock.runFor(minutes * 60_000);
		await expect(timer).toHaveText('00:00');
		await expect(page.locator('[data-ansage]')).toHaveText('Die Zeit ist um.');
		await page.keyboard.press('Shift+T');
		await expect(timer).toBeHidden();

		const blank = page.locator('[data-schwarz]');
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		await page.keyboard.press('.');
		await expect(blank).toBeHidden();
	});

	test('turns slides with a swipe', async ({ page }) => {
		await openDeck(page, '#3');
		const swipe = (from: number, to: number) =>
			page.evaluate(
				([a, b]) => {
					const stage = document.querySelector('[data-buehne]');
					const event = (type: string, x: number) =>
						new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 300, bubbles: true });
					stage?.dispatchEvent(event('pointerdown', a ?? 0));
					stage?.dispatchEvent(event('pointerup', b ?? 0));
				},
				[from, to],
			);
		await swipe(900, 500);
		expect(await slideNumber(page)).toBe(4);
		await swipe(400, 800);
		expect(await slideNumber(page)).toBe(3);
		await swipe(600, 580); // too short: no change
		expect(await slideNumber(page)).toBe(3);
	});

	test('keeps the speaker window and the audience window in step', async ({ context }) => {
		const audience = await context.newPage();
		await openDeck(audience);
		const speaker = await context.newPage();
		await speaker.setViewportSize({ width: 1280, height: 720 });
		await speaker.goto(`/folien/${deck}/?sprecher=1`);
		await expect(speaker.locator('[data-sprecher]')).toBeVisible();
		await expect(speaker.locator('[data-uhr]')).toHaveText(/^\d{2}:\d{2}$/);

		await audience.bringToFront();
		await audience.keyboard.press('ArrowRight');
		await audience.keyboard.press('ArrowRight');
		await expect.poll(() => slideNumber(speaker)).toBe(3);
		const nextTitle = await audience.locator('.folie[data-folie="4"] .folie-titel').textContent();
		await expect(speaker.locator('[data-vorschau] .folie-titel')).toHaveText(nextTitle ?? '');

		// A task slide brings its trainer note into the speaker view.
		const task = await firstOfKind(audience, 'aufgabe');
		await audience.keyboard.type(String(task));
		await audience.keyboard.press('Enter');
		await expect.poll(() => slideNumber(speaker)).toBe(task);
		await expect(speaker.locator('[data-notizen-ziel]')).toContainText(/Hinweis für Trainerinnen und Trainer|Lösung/);

		// The other way round, and the timer follows too.
		await speaker.bringToFront();
		await speaker.keyboard.press('ArrowRight');
		await expect.poll(() => slideNumber(audience)).toBe(task + 1);
		await speaker.keyboard.press('t');
		await expect(audience.locator('[data-timer-anzeige]')).toBeVisible();
		await expect(speaker.locator('[data-sprecher-timer]')).toHaveText(/^\d{2}:\d{2}$/);
	});

	test('opens a calculator live from a slide and returns to the same slide', async ({ page }) => {
		await openDeck(page);
		const link = page.locator('.folie a[data-rechner]').first();
		const n = Number(
			await page
				.locator('.folie', { has: page.locator('a[data-rechner]') })
				.first()
				.getAttribute('data-folie'),
		);
		await page.keyboard.type(String(n));
		await page.keyboard.press('Enter');
		await link.click();
		await expect(page).toHaveURL(/\/rechner\/[a-z-]+\/\?folie=/);
		const back = page.getByRole('link', { name: 'zurück zur Folie' });
		await expect(back).toBeVisible();
		await back.click();
		await expect(page).toHaveURL(new RegExp(`/folien/${deck}/#${n}$`));
		expect(await slideNumber(page)).toBe(n);
	});

	test('the deck script loads on deck pages only', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(`/kapitel/${deck}/`);
		await settled(page);
		const deckScript = await page.evaluate(async (path) => {
			const html = await (await fetch(path)).text();
			return /<script type="module" src="([^"]+)"/.exec(html)?.[1] ?? '';
		}, `/folien/${deck}/`);
		expect(deckScript).not.toBe('');
		expect(scripts.some((url) => url.endsWith(deckScript))).toBe(false);
		await expect(page.getByRole('link', { name: 'Folien zum Kapitel (Präsentationsmodus)' })).toHaveAttribute(
			'href',
			`/folien/${deck}/`,
		);
	});

	test('does not offer a way back for addresses that are not a slide', async ({ page }) => {
		await page.goto('/rechner/kulanz/?folie=https%3A%2F%2Fexample.org%2F');
		await expect(page.getByRole('link', { name: 'zurück zur Folie' })).toBeHidden();
	});

	test('prints a handout with 2 or 6 slides per page', async ({ page }) => {
		await openDeck(page);
		const total = await page.locator('.folie').count();
		const pages = async () => {
			const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
			return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
		};
		expect(await pages()).toBe(Math.ceil(total / 2));
		await page.evaluate(() => (document.documentElement.dataset['handout'] = '6'));
		expect(await pages()).toBe(Math.ceil(total / 6));
	});
});

test.describe('every slide of every deck', () => {
	for (const slug of decks) {
		test(`fits 1280×720 with body text of at least 28 px: ${slug}`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 720 });
			await page.goto(`/folien/${slug}/`);
			await expect(page.locator('[data-buehne].bereit')).toBeAttached();
			const problems = await page.evaluate(async () => {
				const found: string[] = [];
				const slides = [...document.querySelectorAll<HTMLElement>('.folie')];
				for (const slide of slides) {
					location.hash = `#${slide.dataset['folie']}`;
					// hashchange is a task of its own: wait until the deck shows the slide, then for layout.
					for (let i = 0; i < 200 && !slide.classList.contains('aktiv'); i++)
						await new Promise((r) => setTimeout(r, 10));
					await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
					const name = `Folie ${slide.dataset['folie']} „${slide.querySelector('.folie-titel')?.textContent?.trim()}“`;
					const box = slide.getBoundingClientRect();
					if (Math.round(box.width) !== 1280 || Math.round(box.height) !== 720)
						found.push(`${name}: ${box.width}×${box.height}`);
					const content = slide.querySelector<HTMLElement>('.folie-inhalt');
					const frame = slide.querySelector<HTMLElement>('.folie-rahmen');
					if (content && content.scrollHeight > content.clientHeight + 1)
						found.push(`${name}: ${content.scrollHeight - content.clientHeight} px zu hoch`);
					if (frame && frame.scrollWidth > frame.clientWidth + 1)
						found.push(`${name}: ${frame.scrollWidth - frame.clientWidth} px zu breit`);
					for (const el of slide.querySelectorAll<HTMLElement>('.folie-inhalt :is(p, li, td, th, h3, blockquote)')) {
						const size = parseFloat(getComputedStyle(el).fontSize);
						if (size < 27.9) found.push(`${name}: Text mit ${size} px`);
						const r = el.getBoundingClientRect();
						if (r.bottom > box.bottom + 0.5 || r.right > box.right + 0.5) found.push(`${name}: ragt über den Rand`);
					}
				}
				return found;
			});
			expect(problems, 'Folien, deren Inhalt nicht passt').toEqual([]);
		});

		for (const theme of ['light', 'dark'] as const) {
			test(`axe over all slides (${theme}): ${slug}`, async ({ page }) => {
				// axe over some sixty slides takes a while on a busy machine.
				test.slow();
				await useTheme(page, theme);
				await page.setViewportSize({ width: 1280, height: 720 });
				await page.goto(`/folien/${slug}/`);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expectNoA11yViolations(page);
				// All slides at once, as without JavaScript: every slide's content is checked.
				await page.evaluate(() => {
					document.documentElement.classList.remove('js');
					for (const slide of document.querySelectorAll<HTMLElement>('.folie')) slide.hidden = false;
				});
				await expectNoA11yViolations(page);
			});
		}
	}

	test('the speaker view passes axe in both themes', async ({ page }) => {
		for (const theme of ['light', 'dark'] as const) {
			await useTheme(page, theme);
			await page.goto(`/folien/${deck}/?sprecher=1#${2}`);
			await expect(page.locator('[data-sprecher]')).toBeVisible();
			await expectNoA11yViolations(page);
		}
	});
});
