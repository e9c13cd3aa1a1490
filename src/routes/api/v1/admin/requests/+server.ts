import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// The open requests, crisis first then the oldest, with suggestions; never the story (see core/staff/admin.ts).
export const GET = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		return ok({ requests: await (await getApp()).staff.requests.open(adminId) });
	});
