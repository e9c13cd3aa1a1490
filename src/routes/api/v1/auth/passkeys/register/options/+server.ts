import { beginPasskeyRegistration, challengeLifetimeMs } from '#lib/core/accounts/passkeys.ts';
import { setChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const deps = passkeyDeps((await getServices()).connection.db);
		const { challengeId, options } = await beginPasskeyRegistration(
			deps,
			memberId,
			siteOf(event.url),
			new Date(),
			event.getClientAddress()
		);
		setChallengeCookie(event.cookies, challengeId, challengeLifetimeMs / 1000);
		return ok(options);
	});
