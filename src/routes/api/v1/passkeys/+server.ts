import { listPasskeys } from '#lib/core/accounts/passkeys/management.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { passkeyDeps } from '#lib/server/passkeys.ts';
import { getServices } from '#lib/server/services.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const { connection, mailer } = await getServices();
		return ok({ passkeys: await listPasskeys(passkeyDeps(connection.db, mailer, event.url.origin), memberId) });
	});
