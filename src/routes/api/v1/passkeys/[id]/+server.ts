import { removePasskey } from '#lib/core/accounts/passkeys/management.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { passkeyDeps } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const { connection, mailer } = await getServices();
		const deps = passkeyDeps(connection.db, mailer, event.url.origin, deviceOf(event));
		await removePasskey(deps, session, event.params.id, new Date());
		return new Response(null, { status: 204 });
	});
