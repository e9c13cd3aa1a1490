import { requestsForAdmin } from '#lib/core/staff/admin.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// The open requests, crisis first then the oldest, with suggestions; never the story (see core/staff/admin.ts).
export const GET = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		return ok({ requests: await requestsForAdmin(await adminWiring(event.url.origin), adminId) });
	});
