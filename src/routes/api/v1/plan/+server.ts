import { z } from 'zod';
import { getPlan, savePlan } from '#lib/core/plan/plan.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { planStore, requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';

export const GET = (event) => apiCall(event, async () => ok(await getPlan(await planStore(), requireMember(event))));

export const PUT = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await savePlan(await planStore(), memberId, body, newId(), new Date()));
	});
