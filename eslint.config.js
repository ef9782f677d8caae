import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{
		ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/.tmp/'],
	},
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			// Unused arguments named with a leading underscore are intentional (callbacks, fixtures).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Playwright fixtures use an empty destructuring pattern by design.
			'no-empty-pattern': 'off',
		},
	},
	{
		files: ['**/*.mjs', 'public/**/*.js', 'src/scripts/theme-init.js'],
		languageOptions: {
			globals: { process: 'readonly', console: 'readonly', window: 'readonly', document: 'readonly', localStorage: 'readonly' },
		},
	},
);
