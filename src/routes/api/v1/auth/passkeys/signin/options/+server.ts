import { beginPasskeySignIn, challengeLifetimeMs } from '#lib/core/accounts/passkeys.ts';
import { setChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { passkeyDeps, siteOf } from '#lib/server/passkeys.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const { connection, mailer } = await getInfrastructure();
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
