import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it exists (browser downloads are not possible on our machines);
// elsewhere Playwright's own browser, installed with `npx playwright install chromium`.
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync(systemChromium) ? systemChromium : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	// The built site is served once for all workers on a free port (see global-setup.ts).
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	// A `test.only` left in a commit would silently skip every other test on CI.
	forbidOnly: Boolean(process.env['CI']),
	// Two cores on CI machines; locally Playwright picks a number itself.
	...(process.env['CI'] ? { workers: 2 } : {}),
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	// Keep artefacts outside the project when asked to (several runs at once would clash).
	outputDir: process.env['SMP_PW_OUTPUT'] ?? 'test-results',
	reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		trace: 'retain-on-failure',
		// The offline copy would download the whole site in every test; tests/e2e/offline.spec.ts allows it.
		serviceWorkers: 'block',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
