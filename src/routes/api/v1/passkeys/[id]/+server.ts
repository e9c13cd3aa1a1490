import { removePasskey } from '#lib/core/accounts/passkeys.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { passkeyDeps } from '#lib/server/passkeys.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const { connection, mailer } = await getInfrastructure();
		const deps = passkeyDeps(connection.db, mailer, event.url.origin, deviceOf(event));
		await removePasskey(deps, session, event.params.id, new Date());
		return new Response(null, { status: 204 });
	});
