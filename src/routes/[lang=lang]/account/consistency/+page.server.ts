import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return { figures: await (await getApp()).memberData.consistency(memberId) };
};
