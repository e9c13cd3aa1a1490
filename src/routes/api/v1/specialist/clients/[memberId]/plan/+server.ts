import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// Read-only, only while the member shares it with this specialist; each open is written to the audit log.
export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		return ok(await (await getApp()).guidance.specialist.sharedPlan(specialistId, event.params.memberId));
	});
