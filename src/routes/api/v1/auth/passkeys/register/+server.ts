import { z } from 'zod';
import { finishPasskeyRegistration } from '#lib/core/accounts/passkeys.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer } = await getServices();
		const passkey = await finishPasskeyRegistration(
			passkeyDeps(connection.db, mailer, event.url.origin, deviceOf(event)),
			session,
			takeChallengeCookie(event.cookies),
			body,
			siteOf(event.url),
			deviceOf(event),
			new Date()
		);
		return ok({ id: passkey.id, device: passkey.device, createdAt: passkey.createdAt }, 201);
	});
