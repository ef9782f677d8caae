import type { Page } from '@playwright/test';

/**
 * Layout checks for phone widths, run by the sweep at 320 and 390 px. Each returns what is
 * wrong, as readable strings, so that a failure names the element.
 */

/**
 * Open every <details> and bring every island into view once, so that hidden tables and islands
 * hydrating on visibility are laid out too (cheaper than scrolling through a long page).
 */
export async function revealAll(page: Page): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const count = await page.locator('astro-island').count();
	for (let i = 0; i < count; i++) {
		// Two frames at each stop, so that the island's visibility observer sees it.
		await page.evaluate(
			(index) =>
				new Promise((done) => {
					const island = document.querySelectorAll('astro-island')[index];
					(island?.firstElementChild ?? island)?.scrollIntoView({ block: 'center' });
					requestAnimationFrame(() => requestAnimationFrame(done));
				}),
			i,
		);
	}
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

/** The page is not wider than the screen. */
export function pageOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Captions of horizontally scrolling tables that are wider than their box (cut off). */
export function cutCaptions(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('.table-scroll caption')].flatMap((caption) => {
			const box = caption.closest('.table-scroll')?.getBoundingClientRect();
			const r = caption.getBoundingClientRect();
			return box && r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)
				? [caption.textContent?.trim().slice(0, 60) ?? '']
				: [];
		}),
	);
}

/**
 * Headings with a line that starts with punctuation, i.e. a word broken before its colon or
 * comma („Krisenkommunikation“ / „: der Fall Otto“) instead of hyphenated.
 */
export function badHeadingBreaks(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const bad: string[] = [];
		const punctuation = /[:;,.!?)“”»]/g;
		const top = (node: Text, i: number) => {
			const range = document.createRange();
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			return range.getClientRects()[0]?.top;
		};
		for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4')) {
			if (heading.offsetParent === null) continue;
			const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const node = walker.currentNode as Text;
				// Only punctuation right after a letter can have been split from its word.
				for (const match of node.data.matchAll(punctuation)) {
					const i = match.index;
					if (i === 0 || /\s/.test(node.data[i - 1] ?? ' ')) continue;
					const here = top(node, i);
					const before = top(node, i - 1);
					if (here !== undefined && before !== undefined && here > before + 2)
						bad.push(heading.textContent?.trim() ?? '');
				}
			}
		}
		return bad;
	});
}

/** Labels that wrap onto more lines than they should (e.g. heatmap hours digit by digit). */
export function wrappedLabels(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((sel) => {
		return [...document.querySelectorAll<HTMLElement>(sel)].flatMap((el) => {
			const text = el.textContent?.trim() ?? '';
			if (!text) return [];
			const range = document.createRange();
			range.selectNodeContents(el);
			const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
			return tops.size > 1 ? [text] : [];
		});
	}, selector);
}
