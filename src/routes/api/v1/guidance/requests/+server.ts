import { z } from 'zod';
import { memberRequests, newRequestView } from '#lib/core/guidance/member-view.ts';
import { requestGuidance } from '#lib/core/guidance/requests.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { memberGuidance } from '#lib/server/guidance/member.ts';
import { newId } from '#lib/server/ids.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ requests: await memberRequests((await memberGuidance()).view, memberId) });
	});

/** The answer's `crisis` tells the caller to show crisis resources at once; the admin sees the request first. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { requests } = await memberGuidance();
		const request = await requestGuidance(requests, memberId, body, newId(), new Date());
		return ok(await newRequestView(request), 201);
	});
