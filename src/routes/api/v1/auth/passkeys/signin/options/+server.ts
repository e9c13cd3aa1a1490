import { challengeLifetimeMs } from '#lib/core/accounts/passkeys/ceremony.ts';
import { beginPasskeySignIn } from '#lib/core/accounts/passkeys/sign-in.ts';
import { setChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const { connection, mailer } = await getServices();
		const deps = passkeyDeps(connection.db, mailer, event.url.origin);
		const { challengeId, options } = await beginPasskeySignIn(
			deps,
			siteOf(event.url),
			new Date(),
			event.getClientAddress()
		);
		setChallengeCookie(event.cookies, challengeId, challengeLifetimeMs / 1000);
		return ok(options);
	});
