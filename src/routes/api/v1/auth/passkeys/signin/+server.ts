import { z } from 'zod';
import { finishPasskeySignIn } from '#lib/core/accounts/passkeys/sign-in.ts';
import { beginSession } from '#lib/server/auth/begin-session.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const challengeId = takeChallengeCookie(event.cookies);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer } = await getServices();
		const now = new Date();
		const { memberId } = await finishPasskeySignIn(
			passkeyDeps(connection.db, mailer, event.url.origin, deviceOf(event)),
			challengeId,
			body,
			siteOf(event.url),
			now,
			event.getClientAddress()
		);
		await beginSession(event, memberId, now, 'passkey');
		return ok({ status: 'signed-in' });
	});
