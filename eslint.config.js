import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/js/', 'test-results/', 'playwright-report/', 'data/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } }
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			// Our pages are plain server-rendered HTML with hand-written hrefs under a language folder.
			'svelte/no-navigation-without-resolve': 'off',
			// Pages render once on the server and are never updated in the browser, so list keys have nothing to do.
			'svelte/require-each-key': 'off'
		}
	},
	{
		// The core is plain TypeScript: no framework, database or Node built-ins, so it runs anywhere and is tested alone.
		files: ['src/lib/core/**/*.ts'],
		ignores: ['src/lib/core/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'@sveltejs/*',
								'$app/*',
								'kysely',
								'pg',
								'node:*',
								'#lib/server/*',
								'#lib/device/*',
								'#lib/enhance/*'
							],
							message: 'src/lib/core stays framework-free: pass what it needs in through ports (STYLE.md).'
						}
					]
				}
			]
		}
	}
);
