import { openSharedPlan } from '#lib/core/guidance/consent.ts';
import { guidanceWiring } from '#lib/server/guidance/wiring.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';

// The client's plan, read-only, only while they share it with this specialist: each open is in the audit log;
// not shared (or not this specialist's client) is the ordinary 404 page.

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const { sharing } = await guidanceWiring();
	return {
		memberId: params.memberId,
		plan: await orNotFoundPage(openSharedPlan(sharing, specialistId, params.memberId, new Date()))
	};
};
