import { signInKinds } from '#lib/core/security/events.ts';
import { securityHistoryRepository } from '#lib/server/db/repositories/security-events.ts';
import { signedInSession } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId } = signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const history = securityHistoryRepository((await getInfrastructure()).connection.db);
	const all = await history.of(memberId, { limit: 100 });
	return {
		signIns: all.filter((event) => signInKinds.includes(event.kind)).slice(0, 30),
		changes: all.filter((event) => !signInKinds.includes(event.kind)).slice(0, 30)
	};
};
