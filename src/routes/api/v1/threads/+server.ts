import { z } from 'zod';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { messageDeps, openThreadWith, threadsOf } from '#lib/server/guidance/threads.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		return ok({ threads: await threadsOf(await messageDeps(event.url.origin), personId) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const body = await readJson(event.request, z.looseObject({}));
		const thread = await openThreadWith(await messageDeps(event.url.origin), personId, body, new Date());
		return ok(thread);
	});
