import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { endSession } from '#lib/server/auth/session.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { securityLogFor } from '#lib/server/http/signed-in.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		if (event.locals.sessionIdHash) await endSession((await getServices()).connection.db, event.locals.sessionIdHash);
		if (event.locals.memberId)
			await (await securityLogFor(event)).record(event.locals.memberId, 'signed-out', new Date());
		clearSessionCookie(event.cookies);
		return new Response(null, { status: 204 });
	});
