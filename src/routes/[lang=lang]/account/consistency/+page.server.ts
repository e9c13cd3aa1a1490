import { consistencyOf } from '#lib/core/timeline/consistency.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { checkInStore, planStore, reachOutStore } from '#lib/server/http/member.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const stores = { plans: await planStore(), checkIns: await checkInStore(), reachOuts: await reachOutStore() };
	return { figures: await consistencyOf(stores, memberId, new Date()) };
};
