import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

/** Stops sharing one item; the specialist's very next request is refused. Answers what is shared now. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const guidance = (await getApp()).guidance.member;
		await guidance.revoke(memberId, body);
		return ok({ specialists: await guidance.sharing(memberId) });
	});
