import { challengeLifetimeMs } from '#lib/core/accounts/passkeys/ceremony.ts';
import { beginPasskeyRegistration } from '#lib/core/accounts/passkeys/registration.ts';
import { setChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const { connection, mailer } = await getServices();
		const deps = passkeyDeps(connection.db, mailer, event.url.origin);
		const { challengeId, options } = await beginPasskeyRegistration(
			deps,
			session,
			siteOf(event.url),
			new Date(),
			event.getClientAddress()
		);
		setChallengeCookie(event.cookies, challengeId, challengeLifetimeMs / 1000);
		return ok(options);
	});
