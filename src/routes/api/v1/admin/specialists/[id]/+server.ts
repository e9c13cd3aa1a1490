import { z } from 'zod';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { setProfileLogged } from '#lib/server/guidance/admin-actions.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const PUT = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await setProfileLogged(event.url.origin, adminId, event.params.id, body, new Date()));
	});
