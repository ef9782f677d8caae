/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code they test (`*.test.ts`); end-to-end tests live in tests/e2e.
export default getViteConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}', 'bench/*.test.mjs', 'tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
