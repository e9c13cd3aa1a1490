import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { setSessionCookie, takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const challengeId = takeChallengeCookie(event.cookies);
		const body = await readJson(event.request, z.looseObject({}));
		const session = await (
			await getApp()
		).passkeys.finishSignIn(
			challengeId,
			body,
			requestSource(event),
			event.getClientAddress(),
			event.locals.sessionIdHash
		);
		setSessionCookie(event.cookies, session.token, session.expiresAt);
		return ok({ status: 'signed-in' });
	});
