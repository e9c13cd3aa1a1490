import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const before = event.url.searchParams.get('before');
		return ok(await (await getApp()).staff.logs.audit(adminId, before));
	});
