import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ specialists: await (await getApp()).guidance.member.sharing(memberId) });
	});

/** Shares one item with the member's own specialist; any other id is not found. Answers what is shared now. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const guidance = (await getApp()).guidance.member;
		await guidance.share(memberId, body);
		return ok({ specialists: await guidance.sharing(memberId) });
	});
