import { z } from 'zod';
import { assignRequest } from '#lib/core/guidance/requests.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { adminWiring } from '#lib/server/guidance/admin.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		const wiring = await adminWiring(event.url.origin);
		const request = await assignRequest(wiring, adminId, { ...body, requestId: event.params.id }, new Date());
		return ok({ id: request.id, state: request.state, specialistId: request.specialistId });
	});
