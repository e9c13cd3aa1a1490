import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';
import { getApp } from '#lib/server/app/index.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		return ok({ clients: await (await getApp()).guidance.specialist.caseload(specialistId) });
	});
