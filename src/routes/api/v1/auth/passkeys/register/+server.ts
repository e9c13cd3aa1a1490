import { z } from 'zod';
import { listPasskeys } from '#lib/core/accounts/passkeys/management.ts';
import { finishPasskeyRegistration } from '#lib/core/accounts/passkeys/registration.ts';
import { sessionProvenByEnrolment } from '#lib/core/staff/second-factor.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { proveSecondFactor } from '#lib/server/auth/session.ts';
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
		const deps = passkeyDeps(connection.db, mailer, event.url.origin, deviceOf(event));
		const before = (await listPasskeys(deps, session.memberId)).length;
		const now = new Date();
		const passkey = await finishPasskeyRegistration(
			deps,
			session,
			takeChallengeCookie(event.cookies),
			body,
			siteOf(event.url),
			deviceOf(event),
			now
		);
		// The first passkey proves this session: its holder just showed they have the authenticator.
		if (sessionProvenByEnrolment(before) && event.locals.sessionIdHash)
			await proveSecondFactor(connection.db, event.locals.sessionIdHash, now);
		return ok({ id: passkey.id, device: passkey.device, createdAt: passkey.createdAt }, 201);
	});
