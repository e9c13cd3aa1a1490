import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { contentVersion } from './scripts/content-version.ts';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ precompress: true }),
			// adapter-node 6 reads no ORIGIN at run time: the trusted origin is fixed when the app is built.
			paths: { origin: process.env.ORIGIN || undefined },
			// Pages are server-rendered without SvelteKit's client; scripts/build-client.ts registers the worker.
			serviceWorker: { register: false },
			// Under Referrer-Policy: no-referrer browsers send "Origin: null" on same-origin forms, which SvelteKit's
			// Origin check refuses; src/lib/server/http/cross-site.ts checks Fetch Metadata instead.
			csrf: { trustedOrigins: ['*'] },
			// Versioned by content, so a redeploy of the same files does not make every phone download them again.
			version: { name: contentVersion() },
			prerender: { entries: ['/en', '/es', '/api/v1/openapi.json'], handleHttpError: 'fail', handleMissingId: 'fail' }
		})
	]
});
