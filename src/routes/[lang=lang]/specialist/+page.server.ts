import { getApp } from '#lib/server/app/index.ts';
import { staffPage } from '#lib/server/http/staff.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const app = await getApp();
	return {
		clients: await app.guidance.specialist.caseload(specialistId),
		unread: (await app.messages.unread(specialistId)).byPerson
	};
};
