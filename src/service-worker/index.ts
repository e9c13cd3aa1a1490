/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline once visited: every prerendered page (both languages), the scripts and the styles are cached when
// the worker installs; they are served from the cache first. Nothing personal passes through here: anything
// not prerendered goes to the network and is never cached.
import { self } from '$app/service-worker';
import { version } from '$app/env';
import { assets, immutable, prerendered } from '$app/manifest';
import { asset, resolve } from '$app/paths';

const cacheName = `porchlight-${version}`;
const locales = ['en', 'es'];

// Manifest paths are relative to the base path; the home page's is '', so resolve each, never join by hand.
const precache = [
	...prerendered.map(({ path }) => resolve(`/${path}` as '/')),
	...assets.map(({ path }) => asset(path)),
	...immutable.map(({ path }) => resolve(`/${path}` as '/'))
];
const precached = new Set(precache);

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			// 'no-cache' revalidates with the server, so a stale HTTP-cached copy never enters a new version.
			await cache.addAll(precache.map((path) => new Request(path, { cache: 'no-cache' })));
			await self.skipWaiting();
		})()
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== cacheName) await caches.delete(key);
			await self.clients.claim();
		})()
	);
});

async function rememberedLocale(): Promise<string> {
	const store = (self as unknown as { cookieStore?: { get(name: string): Promise<{ value: string } | null> } })
		.cookieStore;
	const cookie = await store?.get('lang').catch(() => null);
	if (cookie && locales.includes(cookie.value)) return cookie.value;
	const preferred = self.navigator.languages
		.map((tag) => tag.slice(0, 2).toLowerCase())
		.find((tag) => locales.includes(tag));
	return preferred ?? 'en';
}

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(cacheName);
	if (precached.has(url.pathname)) {
		const hit = await cache.match(url.pathname);
		if (hit) return hit;
		return fetch(request);
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Offline at the bare address: open the home page in the remembered language from the cache.
		if (url.pathname === '/' && request.mode === 'navigate') {
			const home = await cache.match(`/${await rememberedLocale()}`);
			if (home) return home;
		}
		throw error;
	}
}

self.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
	// Member data is never cached, and passes by the worker untouched (the browser fetches it directly).
	if (url.pathname.startsWith('/api/') && !precached.has(url.pathname)) return;
	event.respondWith(respond(event.request, url));
});
