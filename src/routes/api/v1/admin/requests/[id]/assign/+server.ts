import { z } from 'zod';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { assignRequestLogged } from '#lib/server/guidance/admin-actions.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		const input = { ...body, requestId: event.params.id };
		const request = await assignRequestLogged(event.url.origin, adminId, input, new Date());
		return ok({ id: request.id, state: request.state, specialistId: request.specialistId });
	});
