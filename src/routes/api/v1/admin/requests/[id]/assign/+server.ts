import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const adminId = await requireStaff(event, 'admin');
		const body = await readJson(event.request, z.looseObject({}));
		const input = { ...body, requestId: event.params.id };
		const request = await (await getApp()).staff.requests.assign(adminId, input);
		return ok({ id: request.id, state: request.state, specialistId: request.specialistId });
	});
