import { consistencyOf } from '#lib/core/timeline/consistency.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { checkInStore, planStore, reachOutStore, requireMember } from '#lib/server/http/member.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const stores = { plans: await planStore(), checkIns: await checkInStore(), reachOuts: await reachOutStore() };
		return ok(await consistencyOf(stores, memberId, new Date()));
	});
