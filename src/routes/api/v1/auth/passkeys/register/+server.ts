import { z } from 'zod';
import { finishPasskeyRegistration, listPasskeys } from '#lib/core/accounts/passkeys.ts';
import { sessionProvenByEnrolment } from '#lib/core/staff/second-factor.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { device } from '#lib/server/auth/device.ts';
import { proveSecondFactor } from '#lib/server/auth/session.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { db } = (await getServices()).connection;
		const deps = passkeyDeps(db);
		const before = (await listPasskeys(deps, memberId)).length;
		const now = new Date();
		const passkey = await finishPasskeyRegistration(
			deps,
			memberId,
			takeChallengeCookie(event.cookies),
			body,
			siteOf(event.url),
			device(event.request.headers.get('user-agent')),
			now
		);
		// The first passkey proves this session: its holder just showed they have the authenticator.
		if (sessionProvenByEnrolment(before) && event.locals.sessionIdHash)
			await proveSecondFactor(db, event.locals.sessionIdHash, now);
		return ok({ id: passkey.id, device: passkey.device, createdAt: passkey.createdAt }, 201);
	});
