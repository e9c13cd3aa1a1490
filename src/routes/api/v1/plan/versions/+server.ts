import { apiCall, ok } from '#lib/server/http/api.ts';
import { planStore, requireMember } from '#lib/server/http/member.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ versions: await (await planStore()).history(memberId) });
	});
