import { defineConfig } from 'vitest/config';

// API tests: each file starts the BUILT server (`npm run build` first) with `node server/main.ts`, on SQLite and
// on PostgreSQL, and talks to it over HTTP only. One file at a time: each runs servers of its own.
export default defineConfig({
	test: {
		include: ['test/api/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['test/api/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 60_000
	}
});
