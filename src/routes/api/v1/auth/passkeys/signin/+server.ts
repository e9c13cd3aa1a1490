import { z } from 'zod';
import { finishPasskeySignIn } from '#lib/core/accounts/passkeys.ts';
import { setSessionCookie, takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { device } from '#lib/server/auth/device.ts';
import { createSession, endSession } from '#lib/server/auth/session.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const challengeId = takeChallengeCookie(event.cookies);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, sessionPolicy } = await getServices();
		const now = new Date();
		const { memberId } = await finishPasskeySignIn(
			passkeyDeps(connection.db),
			challengeId,
			body,
			siteOf(event.url),
			now,
			event.getClientAddress()
		);
		// As with a password: a new token at every sign-in; an old session on this browser is ended, never upgraded.
		if (event.locals.sessionIdHash) await endSession(connection.db, event.locals.sessionIdHash);
		const session = await createSession(
			connection.db,
			memberId,
			device(event.request.headers.get('user-agent')),
			now,
			sessionPolicy
		);
		setSessionCookie(event.cookies, session.token, session.expiresAt);
		return ok({ status: 'signed-in' });
	});
