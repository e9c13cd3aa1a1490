import { challengeLifetimeMs } from '#lib/core/accounts/passkeys/ceremony.ts';
import { getApp } from '#lib/server/app/index.ts';
import { setChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const { challengeId, options } = await (
			await getApp()
		).passkeys.beginRegistration(session, requestSource(event), event.getClientAddress());
		setChallengeCookie(event.cookies, challengeId, challengeLifetimeMs / 1000);
		return ok(options);
	});
