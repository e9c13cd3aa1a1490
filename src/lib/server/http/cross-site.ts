import type { Handle } from '@sveltejs/kit/hooks';
import { problem } from './problem.ts';

// Cross-site requests that change something are refused, by Fetch Metadata first. SvelteKit's own check compares
// the Origin header, but under our Referrer-Policy: no-referrer a browser sends "Origin: null" even for a
// same-origin form, so that check is off (vite.config.ts) and this one stands in its place.

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether an unsafe request may proceed: same-origin or typed by the person (Sec-Fetch-Site), else by Origin. */
export function isSameSiteRequest(method: string, headers: Headers, origin: string): boolean {
	if (safeMethods.has(method)) return true;
	const site = headers.get('sec-fetch-site');
	if (site) return site === 'same-origin' || site === 'none';
	const from = headers.get('origin');
	// No Fetch Metadata and no Origin: not a browser (an integration calling the API), so no ambient cookie risk.
	return from === null || from === origin;
}

export const refuseCrossSite: Handle = ({ event, resolve }) =>
	isSameSiteRequest(event.request.method, event.request.headers, event.url.origin)
		? resolve(event)
		: problem(403, 'Forbidden', 'Cross-site requests that change something are refused.');
