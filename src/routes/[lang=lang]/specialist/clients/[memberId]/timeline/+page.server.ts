import { getApp } from '#lib/server/app/index.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';

// The client's timeline of reach-outs, read-only, only while they share it with this specialist: each open is in
// the audit log; not shared (or not this specialist's client) is the ordinary 404 page.

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const { specialist } = (await getApp()).guidance;
	const reachOuts = await orNotFoundPage(specialist.sharedTimeline(specialistId, params.memberId));
	return { memberId: params.memberId, reachOuts };
};
