import { signInKinds } from '#lib/core/security/events.ts';
import { getApp } from '#lib/server/app/index.ts';
import { signedInSession } from '#lib/server/http/signed-in.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId } = signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const all = await (await getApp()).accounts.securityHistory(memberId);
	return {
		signIns: all.filter((event) => signInKinds.includes(event.kind)).slice(0, 30),
		changes: all.filter((event) => !signInKinds.includes(event.kind)).slice(0, 30)
	};
};
