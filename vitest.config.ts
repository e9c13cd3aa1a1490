import { configDefaults, defineConfig } from 'vitest/config';

// Unit tests run on the plain TypeScript modules; they need neither SvelteKit nor a browser. The tests under
// test/api need the built server and run on their own (vitest.api.config.ts, `npm run test:api`).
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'test/**/*.test.ts'],
		exclude: [...configDefaults.exclude, 'test/api/**'],
		environment: 'node',
		globalSetup: ['test/global-setup.ts']
	}
});
