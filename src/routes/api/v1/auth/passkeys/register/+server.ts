import { z } from 'zod';
import { finishPasskeyRegistration } from '#lib/core/accounts/passkeys.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { device } from '#lib/server/auth/device.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const passkey = await finishPasskeyRegistration(
			passkeyDeps((await getServices()).connection.db),
			memberId,
			takeChallengeCookie(event.cookies),
			body,
			siteOf(event.url),
			device(event.request.headers.get('user-agent')),
			new Date()
		);
		return ok({ id: passkey.id, device: passkey.device, createdAt: passkey.createdAt }, 201);
	});
