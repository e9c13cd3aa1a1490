import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		return ok(await (await getApp()).sessions.hours.of(specialistId));
	});

export const PUT = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).sessions.hours.set(specialistId, body));
	});
