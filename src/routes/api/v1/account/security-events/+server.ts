import { securityHistoryRepository } from '#lib/server/db/repositories/security-events.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

/** The member's own security events (sign-ins, failures, changes), newest first. */
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const history = securityHistoryRepository((await getInfrastructure()).connection.db);
		return ok({ events: await history.of(memberId, { limit: 100 }) });
	});
