import { apiCall, ok } from '#lib/server/http/api.ts';
import { checkInStore, requireMember } from '#lib/server/http/member.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ checkIns: await (await checkInStore()).list(memberId) });
	});
