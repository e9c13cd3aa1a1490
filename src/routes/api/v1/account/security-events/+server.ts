import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';

/** The member's own security events (sign-ins, failures, changes), newest first. */
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ events: await (await getApp()).accounts.securityHistory(memberId) });
	});
