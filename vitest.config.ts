import { defineConfig } from 'vitest/config';

// Unit tests run on the plain TypeScript modules; they need neither SvelteKit nor a browser.
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['test/global-setup.ts']
	}
});
