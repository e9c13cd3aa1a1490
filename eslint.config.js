import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import security from 'eslint-plugin-security';
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
	// Security rules for Node (eslint-plugin-security) and the DOM (no-unsanitized: innerHTML, insertAdjacentHTML …).
	// The plugin's recommended rules warn; here a finding fails the lint like any other.
	{
		...security.configs.recommended,
		rules: Object.fromEntries(Object.keys(security.configs.recommended.rules).map((rule) => [rule, 'error']))
	},
	noUnsanitized.configs.recommended,
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
		rules: {
			// Flags every obj[key] read or write: on strictly typed code (keys are unions, indexes of typed arrays)
			// it gave 250 findings and no real one. The prototype-pollution it guards against needs a parsed object
			// walked by untyped keys, which zod-validated input never is.
			'security/detect-object-injection': 'off'
		}
	},
	{
		// File paths on the server come from the operator's configuration (DATA_DIR, CRISIS_RESOURCES_FILE) and
		// the build, never from a request; tests, benches and scripts use their own temporary folders. Routes and
		// hooks, where request input lives, keep the rule.
		files: ['**/*.ts', '**/*.js'],
		ignores: ['src/routes/**', 'src/hooks.server.ts'],
		rules: { 'security/detect-non-literal-fs-filename': 'off' }
	},
	{
		// The message check compiles its patterns once from the rule tables in its own code; tests build patterns
		// from catalogue text to find it on a page. Neither ever sees a pattern a person wrote.
		files: ['src/lib/core/message-check/**', '**/*.test.ts', 'e2e/**', 'test/**', 'bench/**', 'scripts/**'],
		rules: { 'security/detect-non-literal-regexp': 'off' }
	},
	{
		// Tests match their own fixtures and file names, never input from outside.
		files: ['**/*.test.ts', 'e2e/**', 'test/**'],
		rules: { 'security/detect-unsafe-regex': 'off' }
	},
	{
		// Routes use the library, never the other way round: a schema or helper two routes or a route and the
		// OpenAPI description share lives in src/lib. (The core's block below repeats this, as its rule replaces it.)
		files: ['src/lib/**/*.ts'],
		ignores: ['src/lib/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/routes/**'], message: 'src/lib never imports from src/routes (STYLE.md).' }] }
			]
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
								'\\#lib/server/*',
								'\\#lib/device/*',
								'\\#lib/enhance/*',
								'**/server/**',
								'**/device/**',
								'**/enhance/**',
								'**/routes/**'
							],
							message: 'src/lib/core stays framework-free: pass what it needs in through ports (STYLE.md).'
						},
						{ group: ['**/routes/**'], message: 'src/lib never imports from src/routes (STYLE.md).' }
					]
				}
			]
		}
	},
	{
		// Routes are thin: they get use-cases from the composition root (#lib/server/app), never the database.
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['kysely', 'pg', '\\#lib/server/db/*', '**/server/db/**', '\\#lib/server/app/infrastructure.ts'],
							message: 'Routes call the app (getApp() from #lib/server/app/index.ts); queries live in repositories.'
						}
					]
				}
			]
		}
	}
);
