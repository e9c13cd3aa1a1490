import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		await (await getApp()).passkeys.remove(session, event.params.id, requestSource(event));
		return new Response(null, { status: 204 });
	});
