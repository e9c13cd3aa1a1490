import { z } from 'zod';
import { parseInput } from '#lib/core/shared/parse.ts';
import { getApp } from '#lib/server/app/index.ts';
import { signOutSiteData, wipeSiteData } from '#lib/server/auth/clear-site-data.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { deviceOf } from '#lib/server/http/request-source.ts';

// Also the target of navigator.sendBeacon from quick exit and "Wipe this device": a POST with the cookie and
// no body or custom header, from this origin (Sec-Fetch-Site: same-origin, so refuseCrossSite lets it through).
const query = z.object({ clear: z.enum(['device']).optional() });

export const POST = (event) =>
	apiCall(event, async () => {
		const { clear } = parseInput(query, Object.fromEntries(event.url.searchParams), 'query');
		const { sessionIdHash, memberId } = event.locals;
		await (await getApp()).accountSessions.signOut(sessionIdHash, memberId, deviceOf(event));
		clearSessionCookie(event.cookies);
		return new Response(null, {
			status: 204,
			headers: { 'clear-site-data': clear === 'device' ? wipeSiteData : signOutSiteData }
		});
	});
