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
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
			],
			// Playwright fixtures use an empty destructuring pattern by design.
			'no-empty-pattern': 'off',
		},
	},
	// Import layering (CONTRIBUTING.md): shared code must not reach into the code that uses it,
	// and calculators meet only through src/stores, src/lib and src/components.
	{
		files: ['src/lib/**/*.{ts,tsx}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\.\\./)+(calculators|stores|components|planspiel)(/|$)',
							message: 'src/lib is the bottom layer: it imports nothing from calculators, stores or components.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/calculators/**/*.{ts,tsx,astro}'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							// Style sheets (also as `?url` for the lazy-loading registry in styles.ts) are left to the CSS layering.
							regex: '^(\\.\\./(?!\\.\\.)[^/]+/|(\\.\\./)+calculators/)(?!.*\\.css(\\?url)?$)',
							message:
								'A calculator imports no other calculator: share code through src/lib, src/components or a store in src/stores.',
						},
					],
				},
			],
		},
	},
	{
		files: ['**/*.mjs', 'public/**/*.js', 'src/scripts/theme-init.js'],
		languageOptions: {
			globals: {
				process: 'readonly',
				console: 'readonly',
				window: 'readonly',
				document: 'readonly',
				localStorage: 'readonly',
			},
		},
	},
);
