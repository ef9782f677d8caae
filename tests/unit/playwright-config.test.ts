import { afterEach, describe, expect, it, vi } from 'vitest';

/** The Playwright config as a run with the given CI variable reads it. */
async function configWith(ci: string | undefined) {
	vi.stubEnv('CI', ci);
	vi.resetModules();
	return (await import('../../playwright.config')).default;
}
afterEach(() => void vi.unstubAllEnvs());

describe('playwright.config.ts', () => {
	it('fails a CI run that contains test.only', async () => {
		expect((await configWith('true')).forbidOnly).toBe(true);
	});

	it('allows test.only while working locally', async () => {
		expect((await configWith(undefined)).forbidOnly).toBe(false);
	});
});
