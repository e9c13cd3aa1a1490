import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';

/** Who viewed what of the signed-in member's data, newest first. */
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ entries: await (await getApp()).guidance.member.audit(memberId) });
	});
