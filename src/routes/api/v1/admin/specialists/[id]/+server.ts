import { z } from 'zod';
import { setProfile } from '#lib/core/staff/specialists.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const PUT = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		const { specialists } = await adminWiring(event.url.origin);
		return ok(await setProfile(specialists, adminId, event.params.id, body, new Date()));
	});
