import { versionNumber } from '#lib/core/plan/plan-form.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn, orNotFoundPage } from '#lib/server/http/member-page.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	// Another member's version is as missing as one that never existed.
	return {
		plan: await orNotFoundPage((await getApp()).memberData.plan.version(memberId, versionNumber(params.version)))
	};
};
