import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const PUT = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).staff.specialists.setProfile(adminId, event.params.id, body));
	});
