import { adminLogForAdmin } from '#lib/core/staff/admin-log.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const before = event.url.searchParams.get('before');
		return ok(await adminLogForAdmin(await adminWiring(event.url.origin), adminId, before));
	});
