import { openSharedPlan } from '#lib/core/guidance/consent.ts';
import { guidanceWiring } from '#lib/server/guidance/wiring.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// Read-only, only while the member shares it with this specialist; each open is written to the audit log.
export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const { sharing } = await guidanceWiring();
		return ok(await openSharedPlan(sharing, specialistId, event.params.memberId, new Date()));
	});
