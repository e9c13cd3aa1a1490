import { whoViewedWhat } from '#lib/core/guidance/member-view.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { memberGuidance } from '#lib/server/guidance/member.ts';

/** Who viewed what of the signed-in member's data, newest first. */
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ entries: await whoViewedWhat((await memberGuidance()).view, memberId) });
	});
