import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';
import { specialistCaseload } from '#lib/server/guidance/specialist.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		return ok({ clients: await specialistCaseload(specialistId, new Date()) });
	});
