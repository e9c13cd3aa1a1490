import { removePasskey } from '#lib/core/accounts/passkeys.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { passkeyDeps } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		await removePasskey(passkeyDeps((await getServices()).connection.db), memberId, event.params.id);
		return new Response(null, { status: 204 });
	});
