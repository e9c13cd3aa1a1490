import { specialistCaseload } from '#lib/server/guidance/specialist.ts';
import { unreadFor } from '#lib/server/guidance/unread.ts';
import { staffPage } from '#lib/server/http/staff.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	return {
		clients: await specialistCaseload(specialistId, new Date()),
		unread: (await unreadFor(specialistId)).byPerson
	};
};
