import { getViteConfig } from 'astro/config';
import { configDefaults } from 'vitest/config';

// Unit tests sit beside the code they test (`*.test.ts`); end-to-end tests live in tests/e2e.
const UNIT_TESTS = [
	'src/**/*.test.{ts,tsx}',
	'scripts/**/*.test.{ts,mjs}',
	'bench/*.test.mjs',
	'tests/unit/**/*.test.ts',
];
// Test files that still get a fresh worker each: this one stubs the CI variable and re-imports
// playwright.config.ts together with the whole Playwright runner, which has no business staying
// loaded in a worker that other test files share.
const ISOLATED = ['tests/unit/playwright-config.test.ts'];

export default getViteConfig({
	test: {
		environment: 'node',
		projects: [
			// Everything else shares workers (`isolate: false`): spawning one worker per file cost
			// about a second each, far more than the tests themselves. The store tests reset their
			// modules and storage engine per test (vi.resetModules, useTestStorageEngine), so no
			// state leaks from file to file.
			{
				test: { name: 'unit', include: UNIT_TESTS, exclude: [...configDefaults.exclude, ...ISOLATED], isolate: false },
			},
			{ test: { name: 'isolated', include: ISOLATED, isolate: true } },
		],
	},
});
