import { z } from 'zod';
import { organisationForAdmin } from '#lib/core/staff/admin.ts';
import { saveOrganisationLogged } from '#lib/server/guidance/admin-actions.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		return ok(await organisationForAdmin(await adminWiring(event.url.origin), adminId));
	});

export const PUT = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await saveOrganisationLogged(event.url.origin, adminId, body, new Date()));
	});
