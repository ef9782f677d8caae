// One Lighthouse run (mobile or desktop preset) against a URL; scores 0–100, LCP, CLS and TBT.
import { existsSync } from 'node:fs';

const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export async function lighthouseRun(url, form) {
	const { default: lighthouse } = await import('lighthouse');
	const { launch } = await import('chrome-launcher');
	const config = form === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
	const chrome = await launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});
	try {
		const result = await lighthouse(
			url,
			{
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			},
			config,
		);
		const lhr = result?.lhr;
		if (!lhr) throw new Error('kein Ergebnis');
		const scores = Object.fromEntries(
			Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
		);
		return {
			...scores,
			lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
			cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
			tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
		};
	} finally {
		await chrome.kill();
	}
}
