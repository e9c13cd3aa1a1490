import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ requests: await (await getApp()).guidance.member.requests(memberId) });
	});

/** The answer's `crisis` tells the caller to show crisis resources at once; the admin sees the request first. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).guidance.member.ask(memberId, body), 201);
	});
