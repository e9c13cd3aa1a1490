import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { contentVersion } from './scripts/content-version.ts';

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter({ precompress: true }),
			// No paths.origin: ORIGIN is read at run time by server/main.ts, which names it to adapter-node per request.
			// Pages are server-rendered without SvelteKit's client; scripts/build-client.ts registers the worker.
			serviceWorker: { register: false },
			// Under Referrer-Policy: no-referrer browsers send "Origin: null" on same-origin forms, which SvelteKit's
			// Origin check refuses; src/lib/server/http/cross-site.ts checks Fetch Metadata instead.
			csrf: { trustedOrigins: ['*'] },
			// Versioned by content, so a redeploy of the same files does not make every phone download them again.
			version: { name: contentVersion() },
			prerender: {
				// Pages nothing prerendered links to: the API description, and where a deleted account lands.
				entries: ['/en', '/es', '/api/v1/openapi.json', '/en/account/deleted', '/es/account/deleted'],
				handleHttpError: 'fail',
				handleMissingId: 'fail'
			}
		})
	]
});
