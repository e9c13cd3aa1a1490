import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		return ok({ threads: await (await getApp()).messages.threads(personId) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const body = await readJson(event.request, z.looseObject({}));
		const thread = await (await getApp()).messages.openWith(personId, body);
		return ok(thread);
	});
